using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class OpenApiTests(ApiFixture api)
{
    private const string UpdateVariable = "PDPAPI_UPDATE_SNAPSHOTS";
    private static string SnapshotFile => Path.Combine(Repository.Root, "openapi", "v1.json");

    private async Task<string> ServedDocumentAsync()
    {
        var text = await api.Client.GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        return JsonNode.Parse(text)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    [Fact]
    public async Task The_checked_in_document_matches_what_the_app_serves()
    {
        var served = await ServedDocumentAsync();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(SnapshotFile, served, TestContext.Current.CancellationToken);

        var checkedIn = File.Exists(SnapshotFile) ? (await File.ReadAllTextAsync(SnapshotFile, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == served,
            $"openapi/v1.json differs from the served document. If the API change is intended, regenerate it with "
            + $"`{UpdateVariable}=1 dotnet test --filter The_checked_in_document_matches_what_the_app_serves` and review the diff.");
    }

    [Fact]
    public async Task The_document_is_the_checked_in_bytes_with_an_etag_and_cache_control()
    {
        var response = await api.Client.GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        var served = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/swagger/v1/swagger.json");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        var notModified = await api.Client.SendAsync(conditional, TestContext.Current.CancellationToken);
        var yaml = await api.Client.GetAsync("/swagger/v1/swagger.yaml", TestContext.Current.CancellationToken);

        Assert.Equal(await File.ReadAllBytesAsync(SnapshotFile, TestContext.Current.CancellationToken), served);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.StartsWith("public, max-age=", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, yaml.StatusCode);
        Assert.StartsWith("openapi: 3.0.4", await yaml.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await api.Client.GetAsync("/swagger/v9/swagger.json", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_client_that_takes_gzip_gets_the_same_document_gzipped_with_an_etag_of_its_own()
    {
        var cancel = TestContext.Current.CancellationToken;
        var identity = await api.Client.GetAsync("/swagger/v1/swagger.json", cancel);
        var identityBytes = await identity.Content.ReadAsByteArrayAsync(cancel);
        async Task<HttpResponseMessage> Get(string acceptEncoding, string? ifNoneMatch = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/swagger/v1/swagger.json");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            if (ifNoneMatch is not null)
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            return await api.Client.SendAsync(request, cancel);
        }

        var gzipped = await Get("br;q=0.5, gzip");
        var compressed = await gzipped.Content.ReadAsByteArrayAsync(cancel);
        using var decompressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress))
            await gzip.CopyToAsync(decompressed, cancel);
        var etag = gzipped.Headers.ETag!.ToString();

        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", gzipped.Headers.Vary);
        Assert.Contains("Accept-Encoding", identity.Headers.Vary);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(identityBytes, decompressed.ToArray());
        Assert.True(compressed.Length * 5 < identityBytes.Length, $"{compressed.Length} bytes gzipped of {identityBytes.Length}");
        Assert.False(gzipped.Headers.ETag!.IsWeak);
        Assert.NotEqual(identity.Headers.ETag!.ToString(), etag);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await Get("gzip", etag)).StatusCode);
        // The identity bytes' tag does not validate the gzipped bytes, nor the other way round.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Get("gzip", identity.Headers.ETag!.ToString())).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Get("identity", etag)).StatusCode);
        Assert.Empty((await Get("gzip;q=0, br")).Content.Headers.ContentEncoding);
        Assert.Equal("gzip", Assert.Single((await Get("*")).Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_a_summary_and_the_standard_responses()
    {
        var document = JsonNode.Parse(await ServedDocumentAsync())!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key, Method: op.Key, Operation: op.Value!)))
            .ToList();

        Assert.NotEmpty(operations);
        var ids = operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var (path, method, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{path} has no summary");
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "200", "400", "406", "429", "500" })
                Assert.True(responses.ContainsKey(status), $"{path} does not declare {status}");
            // Only GETs are validated by ETag; only operations with a body can be sent the wrong media type.
            Assert.Equal(method == "get", responses.ContainsKey("304"));
            Assert.Equal(operation["requestBody"] is not null, responses.ContainsKey("415"));
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')))
                Assert.Equal(["application/problem+json"], response!["content"]!.AsObject().Select(c => c.Key));
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                Assert.False(string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()), $"{path}: parameter {parameter["name"]} has no description");
        }
    }

    [Fact]
    public async Task Only_collections_offer_csv()
    {
        var document = JsonNode.Parse(await ServedDocumentAsync())!;
        foreach (var (path, item) in document["paths"]!.AsObject().Where(p => p.Value!["get"] is not null))
        {
            var content = item!["get"]!["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key).ToList();
            var isCollection = item["get"]!["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "page") == true;
            Assert.Equal(isCollection, content.Contains("text/csv"));
        }
    }

    [Fact]
    public async Task Nullable_fields_are_marked_nullable_and_required_fields_required()
    {
        var document = JsonNode.Parse(await ServedDocumentAsync())!;
        var location = document["components"]!["schemas"]!["ClusterLocationDto"]!;

        Assert.True(location["properties"]!["province"]!["nullable"]!.GetValue<bool>());
        Assert.Null(location["properties"]!["regions"]!["nullable"]);
        Assert.Contains("regions", location["required"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
