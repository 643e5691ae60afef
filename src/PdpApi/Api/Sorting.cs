using System.Linq.Expressions;

namespace PdpApi.Api;

/// <summary>
/// The sort fields a collection allows, each bound to a key expression that EF translates to SQL.
/// The first field added is the default order and breaks ties, so pages never overlap.
/// </summary>
public sealed class SortFields<T>
{
    private delegate IOrderedQueryable<T> Orderer(IQueryable<T> source, bool first, bool descending);

    private readonly Dictionary<string, Orderer> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public SortFields<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields.Add(name, (source, first, descending) => (first, descending) switch
        {
            (true, false) => source.OrderBy(key),
            (true, true) => source.OrderByDescending(key),
            (false, false) => ((IOrderedQueryable<T>)source).ThenBy(key),
            (false, true) => ((IOrderedQueryable<T>)source).ThenByDescending(key),
        });
        _names.Add(name);
        return this;
    }

    /// <summary>Parses <c>sort</c> (for example <c>-name,id</c>) into an ordering; unknown fields are errors.</summary>
    public Func<IQueryable<T>, IQueryable<T>> Parse(string? text, QueryErrors errors, string parameter = "sort")
    {
        var keys = new List<(string Name, bool Descending)>();
        foreach (var item in QueryGrammar.List(text, parameter, errors))
        {
            var descending = item.StartsWith('-');
            var name = descending ? item[1..] : item;
            if (!_fields.ContainsKey(name))
                errors.Add(parameter, $"'{name}' is not a sort field here; use one of: {string.Join(", ", _names)} (prefix '-' for descending).");
            else if (keys.Any(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)))
                errors.Add(parameter, $"'{name}' appears more than once.");
            else
                keys.Add((name, descending));
        }
        if (!keys.Any(k => string.Equals(k.Name, _names[0], StringComparison.OrdinalIgnoreCase)))
            keys.Add((_names[0], false));

        return source =>
        {
            var first = true;
            foreach (var (name, descending) in keys)
            {
                source = _fields[name](source, first, descending);
                first = false;
            }
            return source;
        };
    }
}
