using System.Linq.Expressions;

namespace PdpApi.Api;

/// <summary>
/// The sort fields a collection allows, each bound to a key expression that EF translates to SQL.
/// The first field added is the default order. The unique field (the first one unless <see cref="BreakTiesBy"/> names
/// another) comes last in every order, so the order is total and pages never overlap.
/// </summary>
public sealed class SortFields<T>
{
    private delegate IOrderedQueryable<T> Orderer(IQueryable<T> source, bool first, bool descending);

    private readonly Dictionary<string, (Orderer Order, LambdaExpression Key)> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];
    private string? _unique;

    public IReadOnlyList<string> Names => _names;

    /// <summary>The field whose values are unique, which ends every order.</summary>
    public string UniqueField => _unique ?? _names[0];

    public SortFields<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields.Add(name, ((source, first, descending) => (first, descending) switch
        {
            (true, false) => source.OrderBy(key),
            (true, true) => source.OrderByDescending(key),
            (false, false) => ((IOrderedQueryable<T>)source).ThenBy(key),
            (false, true) => ((IOrderedQueryable<T>)source).ThenByDescending(key),
        }, key));
        _names.Add(name);
        return this;
    }

    /// <summary>Names the field whose values are unique, where the default field is not: it ends every order, ascending.</summary>
    public SortFields<T> BreakTiesBy(string name)
    {
        if (!_fields.ContainsKey(name))
            throw new ArgumentException($"'{name}' is not a sort field.", nameof(name));
        _unique = name;
        return this;
    }

    /// <summary>Parses <c>sort</c> (for example <c>-name,id</c>) into an ordering; unknown fields are errors.</summary>
    public Func<IQueryable<T>, IQueryable<T>> Parse(string? text, QueryErrors errors, string parameter = "sort")
    {
        var keys = Keys(text, errors, parameter);
        return source =>
        {
            var first = true;
            foreach (var key in keys)
            {
                source = _fields[key.Name].Order(source, first, key.Descending);
                first = false;
            }
            return source;
        };
    }

    /// <summary>
    /// The keys <c>sort</c> names, in order, then the default field and the unique one where the text leaves them out:
    /// the whole order, as cursor paging compares rows by it.
    /// </summary>
    public IReadOnlyList<SortKey> Keys(string? text, QueryErrors errors, string parameter = "sort")
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
        foreach (var implied in new[] { _names[0], UniqueField })
        {
            if (!keys.Any(k => string.Equals(k.Name, implied, StringComparison.OrdinalIgnoreCase)))
                keys.Add((implied, false));
        }
        return keys.Select(k => new SortKey(k.Name, _fields[k.Name].Key, k.Descending)).ToList();
    }
}

/// <summary>One key of an order: the field's name, its key expression over the entity, and its direction.</summary>
public sealed record SortKey(string Name, LambdaExpression Key, bool Descending);
