using System.Globalization;
using System.Text.Json;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>
/// Real identifiers, read from every collection operation of the document (a GET with a <c>page</c> parameter and no
/// path parameter): the <c>id</c> and <c>code</c> of its items, so that detail operations and id filters are sent ids
/// that exist.
/// </summary>
public sealed class IdPool
{
    private static readonly string[] KeyFields = ["id", "code"];

    private readonly Dictionary<string, Dictionary<string, List<string>>> _byCollection = new(StringComparer.Ordinal);

    public IReadOnlyList<string> All { get; private set; } = [];

    public static async Task<IdPool> LoadAsync(HttpClient client, OpenApiSpec spec, CancellationToken cancel)
    {
        var pool = new IdPool();
        var collections = spec.Operations.Where(o =>
            o.Method == "GET" && !o.PathParameters.Any() && o.QueryParameters.Any(p => p.Name == "page"));
        foreach (var collection in collections)
        {
            var fields = KeyFields.ToDictionary(f => f, _ => new List<string>());
            for (var page = 1; page <= 20; page++)
            {
                using var response = await client.GetAsync(
                    $"{collection.Path}?pageSize=500&page={page.ToString(CultureInfo.InvariantCulture)}", cancel);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{collection} answered {(int)response.StatusCode} while ids were collected.");
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
                var items = body.RootElement.GetProperty("items");
                foreach (var item in items.EnumerateArray())
                {
                    foreach (var field in KeyFields)
                    {
                        if (item.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                            fields[field].Add(value.ValueKind is JsonValueKind.String ? value.GetString()! : value.GetRawText());
                    }
                }
                if (items.GetArrayLength() < 500)
                    break;
            }
            pool._byCollection[collection.Path] = fields;
        }
        pool.All = pool._byCollection.Values.SelectMany(f => f.Values.SelectMany(v => v)).Distinct(StringComparer.Ordinal).ToList();
        return pool;
    }

    /// <summary>
    /// Ids for a path parameter: the collection is the operation's path up to the parameter
    /// (<c>/api/v1/clusters</c> for <c>/api/v1/clusters/{id}</c>), the field is the parameter's name.
    /// </summary>
    public IReadOnlyList<string> ForPath(ApiOperation operation, ApiParameter parameter)
    {
        var collection = operation.Path[..operation.Path.IndexOf("/{" + parameter.Name + "}", StringComparison.Ordinal)];
        return _byCollection.TryGetValue(collection, out var fields) && fields.TryGetValue(parameter.Name, out var ids) ? ids : [];
    }

    /// <summary>Ids for a filter named after a collection (<c>cluster</c>, <c>institution</c>, <c>country</c>, <c>group</c>).</summary>
    public IReadOnlyList<string> ForFilter(ApiParameter parameter)
    {
        var name = parameter.Name;
        string[] plurals = [name, name + "s", name.EndsWith('y') ? name[..^1] + "ies" : name + "s"];
        return _byCollection
            .Where(c =>
            {
                var segment = c.Key[(c.Key.LastIndexOf('/') + 1)..];
                return plurals.Any(p => segment == p || segment.EndsWith("-" + p, StringComparison.Ordinal));
            })
            .SelectMany(c => c.Value["id"].Count > 0 ? c.Value["id"] : c.Value["code"])
            .ToList();
    }
}
