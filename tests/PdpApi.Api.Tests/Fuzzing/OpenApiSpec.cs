using System.Globalization;
using System.Text.Json;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>A parameter of an operation, as the document declares it.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonElement Schema, string Description)
{
    public string? Type => Schema.TryGetProperty("type", out var type) ? type.GetString() : null;

    public int? Minimum => Schema.TryGetProperty("minimum", out var min) ? (int)min.GetDouble() : null;

    public int? Maximum => Schema.TryGetProperty("maximum", out var max) ? (int)max.GetDouble() : null;
}

/// <summary>One path and method of the document, with what it takes and what it declares it answers.</summary>
public sealed record ApiOperation(
    string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement Responses, JsonElement? RequestBodySchema)
{
    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> QueryParameters => Parameters.Where(p => p.In == "query");

    public bool Declares(int status) => Responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out _);

    public IReadOnlyList<string> MediaTypes(int status) =>
        Responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out var response)
        && response.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Select(c => c.Name).ToList()
            : [];

    public JsonElement? ResponseSchema(int status, string mediaType) =>
        Responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out var response)
        && response.TryGetProperty("content", out var content)
        && content.TryGetProperty(mediaType, out var media)
        && media.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The checked-in OpenAPI document (openapi/v1.json), read as plain JSON: the fuzzer trusts nothing but it.</summary>
public sealed class OpenApiSpec
{
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

    private OpenApiSpec(JsonDocument document)
    {
        Root = document.RootElement;
        var operations = new List<ApiOperation>();
        foreach (var path in Root.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var pathParameters) ? Parameters(pathParameters) : [];
            foreach (var member in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                var operation = member.Value;
                var own = operation.TryGetProperty("parameters", out var parameters) ? Parameters(parameters) : [];
                JsonElement? body = null;
                if (operation.TryGetProperty("requestBody", out var requestBody))
                {
                    if (!requestBody.GetProperty("content").TryGetProperty("application/json", out var json))
                        throw new NotSupportedException($"{path.Name}: a request body other than application/json is not understood.");
                    body = json.GetProperty("schema");
                }
                operations.Add(new ApiOperation(member.Name.ToUpperInvariant(), path.Name,
                    [.. own, .. shared.Where(s => own.All(o => o.Name != s.Name || o.In != s.In))], operation.GetProperty("responses"), body));
            }
        }
        Operations = operations;
    }

    /// <summary>The document the repository checks in, which a test elsewhere keeps equal to the one served.</summary>
    public static OpenApiSpec CheckedIn { get; } = Load(Path.Combine(Repository.Root, "openapi", "v1.json"));

    public JsonElement Root { get; }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public JsonElement Schemas => Root.GetProperty("components").GetProperty("schemas");

    public static OpenApiSpec Load(string file) => new(JsonDocument.Parse(File.ReadAllText(file)));

    public ApiOperation Find(string method, string path) =>
        Operations.Single(o => o.Method == method && o.Path == path);

    /// <summary>
    /// The operation the router would pick for a concrete path (percent-encoded, without the query): templates match
    /// segment by segment, literals case-insensitively, and the one with the most literal segments wins, as in ASP.NET
    /// routing. A fuzzed id such as <c>observations</c> in <c>/api/v1/series/{code}</c> lands on another operation.
    /// </summary>
    public ApiOperation? Route(string method, string concretePath)
    {
        var segments = concretePath.Split('/');
        ApiOperation? best = null;
        var bestLiterals = -1;
        foreach (var operation in Operations.Where(o => o.Method == method))
        {
            var template = operation.Path.Split('/');
            if (template.Length != segments.Length)
                continue;
            var literals = 0;
            var matches = true;
            for (var i = 0; i < template.Length && matches; i++)
            {
                if (template[i].StartsWith('{'))
                    matches = segments[i].Length > 0;
                else if (string.Equals(template[i], Uri.UnescapeDataString(segments[i]), StringComparison.OrdinalIgnoreCase))
                    literals++;
                else
                    matches = false;
            }
            if (matches && literals > bestLiterals)
                (best, bestLiterals) = (operation, literals);
        }
        return best;
    }

    private static List<ApiParameter> Parameters(JsonElement parameters) =>
        parameters.EnumerateArray().Select(p =>
        {
            if (p.TryGetProperty("$ref", out _))
                throw new NotSupportedException("A parameter $ref is not understood: " + p.GetRawText());
            return new ApiParameter(
                p.GetProperty("name").GetString()!,
                p.GetProperty("in").GetString()!,
                p.TryGetProperty("required", out var required) && required.GetBoolean(),
                p.GetProperty("schema"),
                p.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "");
        }).ToList();
}
