using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PdpApi.Api.Tests.Fuzzing;

namespace PdpApi.Api.Tests;

/// <summary>
/// The document teaches: every operation, tag, parameter and schema explains itself with a description and a real
/// example. The schemas' examples are values the API serves (<c>src/PdpApi/Api/OpenApiExamples.json</c>), kept
/// current by <see cref="The_schema_examples_are_the_values_the_example_requests_return"/>.
/// </summary>
public sealed class OpenApiExamplesTests(ApiFixture api)
{
    private const string UpdateVariable = "PDPAPI_UPDATE_SNAPSHOTS";
    private static string ExamplesFile => Path.Combine(Repository.Root, "src", "PdpApi", "Api", "OpenApiExamples.json");
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await api.Client.GetStringAsync("/swagger/v1/swagger.json", Cancel))!;

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!)));

    /// <summary>The example request of an operation: its path with the path parameters' examples and every query parameter's.</summary>
    private static string ExampleUrl(string path, JsonNode operation)
    {
        var query = new List<string>();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var name = parameter!["name"]!.GetValue<string>();
            var value = parameter["example"] is { } example ? Text(example) : null;
            if (value is null)
                continue;
            if (parameter["in"]!.GetValue<string>() == "path")
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            else if (value.Length > 0)
                query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static string Text(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(",", value.AsArray().Select(item => Text(item!))), // explode: false
        _ => value.ToJsonString(),
    };

    [Fact]
    public async Task Every_operation_tag_parameter_and_schema_explains_itself_with_an_example()
    {
        var document = await DocumentAsync();
        var missing = new List<string>();

        Assert.NotEmpty(document["servers"]!.AsArray());
        Assert.False(string.IsNullOrWhiteSpace(document["info"]!["contact"]?["name"]?.GetValue<string>()), "info.contact");
        Assert.False(string.IsNullOrWhiteSpace(document["info"]!["license"]?["name"]?.GetValue<string>()), "info.license");
        foreach (var tag in document["tags"]!.AsArray())
            if (string.IsNullOrWhiteSpace(tag!["description"]?.GetValue<string>()))
                missing.Add($"tag '{tag["name"]}' has no description (DocumentConventionsFilter.TagDescriptions)");
        foreach (var (path, method, operation) in Operations(document))
        {
            var at = $"{method.ToUpperInvariant()} {path}";
            if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()))
                missing.Add($"{at} has no summary (<summary> on the action)");
            if (string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()))
                missing.Add($"{at} has no description (<remarks> on the action)");
            if (operation["security"] is not JsonArray { Count: 0 })
                missing.Add($"{at} does not declare security: []");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                if (parameter!["example"] is null)
                    missing.Add($"{at}: parameter '{parameter["name"]}' has no example (OpenApiExamples, operation '{operation["operationId"]}')");
        }
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
            if (schema!["example"] is null)
                missing.Add($"schema {name} has no example: run `{UpdateVariable}=1 dotnet test --filter OpenApiExamplesTests` "
                            + "after giving an operation that returns it an example request (OpenApiExamples)");

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public async Task Every_example_is_valid_against_its_schema()
    {
        var document = await DocumentAsync();
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var schemas = parsed.RootElement.GetProperty("components").GetProperty("schemas");
        var validator = new SchemaValidator(schemas);
        var errors = new List<string>();
        foreach (var schema in schemas.EnumerateObject())
            if (schema.Value.TryGetProperty("example", out var example))
                errors.AddRange(validator.Validate(schema.Value, example).Select(e => $"schema {schema.Name}: {e}"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_example_request_answers_200_with_rows()
    {
        var document = await DocumentAsync();
        var failures = new List<string>();
        foreach (var (path, method, operation) in Operations(document).Where(o => o.Method == "get"))
        {
            var url = ExampleUrl(path, operation);
            var response = await api.Client.GetAsync(url, Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            if (response.StatusCode != HttpStatusCode.OK)
                failures.Add($"GET {url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            else if (response.Content.Headers.ContentType?.MediaType == "application/json"
                     && JsonNode.Parse(body) is JsonObject { } page && page["items"] is JsonArray { Count: 0 })
                failures.Add($"GET {url}: no rows (the examples of operation '{operation["operationId"]}' select nothing together)");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_schema_examples_are_the_values_the_example_requests_return()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var found = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        void Walk(JsonNode? value, JsonNode? schema)
        {
            if (value is null || schema is null)
                return;
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                var name = reference[(reference.LastIndexOf('/') + 1)..];
                found.TryAdd(name, Shortened(value));
                Walk(value, schemas[name]);
                return;
            }
            foreach (var keyword in new[] { "allOf", "oneOf", "anyOf" })
                foreach (var part in schema[keyword]?.AsArray() ?? [])
                    Walk(value, part);
            if (value is JsonObject obj)
            {
                foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
                    Walk(obj[property], propertySchema);
                if (schema["additionalProperties"] is JsonObject { Count: > 0 } additional)
                    foreach (var (_, item) in obj)
                        Walk(item, additional);
            }
            if (value is JsonArray array && schema["items"] is { } items)
                foreach (var item in array)
                    Walk(item, items);
        }
        async Task HarvestAsync(HttpResponseMessage response, JsonNode? operation, string status)
        {
            var schema = operation?["responses"]?[status]?["content"]?.AsObject().FirstOrDefault().Value?["schema"];
            Assert.True(schema is not null, $"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}, which its operation does not declare");
            if (response.Content.Headers.ContentType?.MediaType is not ("application/json" or "application/problem+json"))
                return; // a download (the release's ZIP) has no JSON example
            Walk(JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel)), schema);
        }

        foreach (var (path, method, operation) in Operations(document))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), ExampleUrl(path, operation));
            if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } bodySchema)
            {
                var example = bodySchema["example"] ?? Resolve(schemas, bodySchema)?["example"];
                Assert.True(example is not null, $"{method} {path}: its request body has no example (OpenApiExamples.RequestSchemas)");
                request.Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json");
            }
            var response = await api.Client.SendAsync(request, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{request.RequestUri}: {(int)response.StatusCode}");
            await HarvestAsync(response, operation, "200");
        }
        foreach (var (operationId, url) in OpenApiExamples.OtherAnswers)
        {
            var operation = Operations(document).Single(o => o.Operation["operationId"]?.GetValue<string>() == operationId).Operation;
            var response = await api.Client.GetAsync(url, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            await HarvestAsync(response, operation, "200");
        }
        // A real problem of each kind: an unknown id (404) and a bad parameter (400).
        var getCluster = document["paths"]!["/api/v1/clusters/{id}"]!["get"];
        var listClusters = document["paths"]!["/api/v1/clusters"]!["get"];
        await HarvestAsync(await api.Client.GetAsync("/api/v1/clusters/999", Cancel), getCluster, "404");
        await HarvestAsync(await api.Client.GetAsync("/api/v1/clusters?pageSize=0", Cancel), listClusters, "400");

        // A trace id differs on every request: the checked-in one is kept when nothing else changed.
        var checkedIn = File.Exists(ExamplesFile) ? JsonNode.Parse(await File.ReadAllTextAsync(ExamplesFile, Cancel))!.AsObject() : [];
        foreach (var problem in new[] { "ProblemDetails", "ValidationProblemDetails" })
            if (found.TryGetValue(problem, out var served) && checkedIn[problem]?["traceId"] is { } traceId)
                served["traceId"] = traceId.DeepClone();
        var harvested = new JsonObject(found.Where(f => !IsEnum(schemas[f.Key])).Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value)));
        var problems = new JsonObject();
        foreach (var (status, problem) in await ProblemOfEachStatusAsync())
            problems[status] = checkedIn[OpenApiExamples.ProblemsKey]?[status] is { } kept && Steady(kept) == Steady(problem) ? kept.DeepClone() : problem;
        harvested[OpenApiExamples.ProblemsKey] = problems;
        var text = harvested.ToJsonString(OpenApiDocuments.Indented) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(ExamplesFile, text, Cancel);

        var current = File.Exists(ExamplesFile) ? (await File.ReadAllTextAsync(ExamplesFile, Cancel)).ReplaceLineEndings("\n") : "";
        Assert.True(current == text,
            "src/PdpApi/Api/OpenApiExamples.json is not what the example requests return. If the data or the examples changed "
            + $"on purpose, regenerate it with `{UpdateVariable}=1 dotnet test --filter OpenApiExamplesTests` (twice: the document embeds it) and review the diff.");
    }

    /// <summary>
    /// One real problem for each error status the operations declare, provoked the way a client meets it: an unknown id,
    /// a bad parameter, an Accept the API cannot serve, a URL or headers over the limits, a spent rate budget (the
    /// production budget of 600 a minute, spent), a database moved away, and an unexpected failure.
    /// </summary>
    private async Task<SortedDictionary<string, JsonNode>> ProblemOfEachStatusAsync()
    {
        var problems = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        async Task KeepAsync(string status, HttpClient client, HttpRequestMessage request)
        {
            using var response = await client.SendAsync(request, Cancel);
            Assert.True(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) == status, $"{request.RequestUri}: {(int)response.StatusCode}, not {status}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            problems[status] = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        }
        HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

        await KeepAsync("400", api.Client, Get("/api/v1/clusters?sector=fishing&pageSize=0&regoin=Piura"));
        await KeepAsync("404", api.Client, Get("/api/v1/clusters/999"));
        var xml = Get("/api/v1/clusters");
        xml.Headers.Accept.ParseAdd("application/xml");
        await KeepAsync("406", api.Client, xml);
        await KeepAsync("414", api.Client, Get("/api/v1/clusters?q=" + new string('a', 9000)));
        var headers = Get("/api/v1/clusters");
        headers.Headers.Add("X-Note", new string('a', 40_000));
        await KeepAsync("431", api.Client, headers);

        using (var limited = new ApiFactory(new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "600", ["RateLimiting:WindowSeconds"] = "60" }))
        {
            using var client = limited.CreateClient();
            for (var i = 0; i < 600; i++)
                (await client.GetAsync("/api/v1/clusters/1", Cancel)).Dispose();
            await KeepAsync("429", client, Get("/api/v1/clusters/1"));
        }
        using (var moved = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:Pdp"] = "Data Source={folder}/served.db;Pooling=False", ["OutputCaching:Enabled"] = "false" }))
        {
            using var client = moved.CreateClient();
            (await client.GetAsync("/api/v1/clusters/1", Cancel)).Dispose();
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
                moved.Services.GetRequiredService<IConfiguration>().GetConnectionString("Pdp")).DataSource;
            File.Move(file, file + ".away");
            await KeepAsync("503", client, Get("/api/v1/clusters/2"));
            File.Move(file + ".away", file);
        }
        using (var failing = new ApiFactory().WithWebHostBuilder(builder => builder.ConfigureServices(services =>
                   services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly))))
        {
            using var client = failing.CreateClient();
            await KeepAsync("500", client, Get("/api/v1/failing"));
        }
        return problems;
    }

    /// <summary>A problem without what changes on every request (its trace id, the seconds left in a rate window).</summary>
    private static string Steady(JsonNode problem)
    {
        var copy = problem.DeepClone().AsObject();
        copy.Remove("traceId");
        return System.Text.RegularExpressions.Regex.Replace(copy.ToJsonString(), @"resets in \d+ seconds", "resets in N seconds");
    }

    private static bool IsEnum(JsonNode? schema) => schema?["enum"] is not null;

    private static JsonNode? Resolve(JsonObject schemas, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? schemas[reference[(reference.LastIndexOf('/') + 1)..]]
        : schema["allOf"]?.AsArray() is [var only] ? Resolve(schemas, only!) : null;

    /// <summary>The value with every array cut to its first two items, so that an example stays readable.</summary>
    private static JsonNode Shortened(JsonNode value) => value switch
    {
        JsonArray array => new JsonArray(array.Take(2).Select(item => item is null ? null : Shortened(item)).ToArray()),
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Shortened(p.Value)))),
        _ => value.DeepClone(),
    };
}
