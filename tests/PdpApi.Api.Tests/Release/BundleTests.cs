using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class BundleTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<ZipArchive> BundleAsync()
    {
        var response = await _client.GetAsync("/api/v1/bundle", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        return new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
    }

    private static JsonNode Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return JsonNode.Parse(stream)!;
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<string[]> Rows(byte[] csv)
    {
        using var reader = new CsvHelper.CsvReader(new StreamReader(new MemoryStream(csv), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(reader.Parser.Record!);
        return rows;
    }

    [Fact]
    public async Task The_bundle_holds_every_collection_of_the_spec_once_and_a_readme_and_descriptor()
    {
        using var zip = await BundleAsync();
        var spec = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "openapi", "v1.json"), Cancel))!;
        var collections = spec["paths"]!.AsObject()
            .Where(p => !p.Key.Contains('{') && p.Value!["get"]?["responses"]?["200"]?["content"]?["text/csv"] is not null)
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal);
        var package = Read(zip, "datapackage.json");
        var resources = package["resources"]!.AsArray();

        // Collections inside a resource are bundled when no other collection serves their rows: Table 20's goals, Section 7's figures.
        string[] inside = ["/api/v1/cluster-programs/{id}/figures", "/api/v1/cluster-programs/{id}/goals"];
        Assert.Equal(collections.Concat(inside).Order(StringComparer.Ordinal), resources.Select(r => r!["api"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(
            resources.Select(r => r!["path"]!.GetValue<string>()).Append("datapackage.json").Append("README.md").Order(StringComparer.Ordinal),
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal("tabular-data-package", package["profile"]!.GetValue<string>());
        Assert.NotEmpty(package["licenses"]!.AsArray());
        Assert.Contains("IDB-WP-129", package["sources"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);

        var (_, release) = await _client.GetJsonAsync("/api/v1/release");
        Assert.Equal(release["version"]!.GetValue<string>(), package["version"]!.GetValue<string>());
        var readme = Encoding.UTF8.GetString(Bytes(zip, "README.md"));
        Assert.Contains(release["paperCitation"]!["text"]!.GetValue<string>(), readme, StringComparison.Ordinal);
        Assert.Contains(release["paperCitation"]!["bibtex"]!.GetValue<string>(), readme, StringComparison.Ordinal);
        Assert.Contains(release["releaseCitation"]!["text"]!.GetValue<string>(), readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_resource_of_the_bundle_matches_the_api()
    {
        using var zip = await BundleAsync();
        foreach (var resource in Read(zip, "datapackage.json")["resources"]!.AsArray())
        {
            var path = resource!["api"]!.GetValue<string>();
            var csv = Bytes(zip, resource["path"]!.GetValue<string>());
            var rows = Rows(csv);
            var fields = resource["schema"]!["fields"]!.AsArray();

            Assert.Equal(fields.Select(f => f!["name"]!.GetValue<string>()), rows[0]);
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f!["description"]?.GetValue<string>()), $"{path}: {f["name"]} has no description"));
            if (path.Contains("{id}", StringComparison.Ordinal))
            {
                // Inside a resource: every id's rows, so as many as the API serves over all ids.
                var (_, parents) = await _client.GetJsonAsync(path[..path.IndexOf("/{id}", StringComparison.Ordinal)] + "?pageSize=500");
                var expectedRows = 0;
                foreach (var id in parents["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()))
                    expectedRows += (await _client.GetJsonAsync(path.Replace("{id}", id, StringComparison.Ordinal) + "?pageSize=1")).Body["totalCount"]!.GetValue<int>();
                Assert.Equal(expectedRows, rows.Count - 1);
                continue;
            }
            // The file is what ?format=csv serves, its header the fields the descriptor lists, its rows the whole collection.
            Assert.Equal(await _client.GetByteArrayAsync($"{path}?format=csv", Cancel), csv);
            var (_, page) = await _client.GetJsonAsync($"{path}?pageSize=500");
            Assert.Equal(page["totalCount"]!.GetValue<int>(), rows.Count - 1);

            // A sample of values: the first row's plain fields are the first JSON item's.
            if (rows.Count < 2)
                continue;
            var first = page["items"]![0]!.AsObject();
            for (var column = 0; column < rows[0].Length; column++)
            {
                var field = fields[column]!;
                if (first[rows[0][column]] is not JsonValue value)
                    continue; // nested or list fields
                var expected = value.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.String when field["type"]!.GetValue<string>() == "string" && value.GetValue<string>() is var text
                        && !(text.Length > 0 && text[0] is '=' or '+' or '-' or '@') => text,
                    System.Text.Json.JsonValueKind.Number when field["type"]!.GetValue<string>() == "integer" => value.ToJsonString(),
                    System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => value.ToJsonString(),
                    _ => null,
                };
                if (expected is not null)
                    Assert.Equal(expected, rows[1][column]);
            }
        }
    }

    [Fact]
    public async Task The_bundle_has_an_etag_and_units_where_a_field_name_states_one()
    {
        var first = await _client.GetAsync("/api/v1/bundle", Cancel);
        var second = await _client.RevalidateAsync("/api/v1/bundle", first);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.StartsWith("attachment; filename=pdpapi-", first.Header("Content-Disposition"), StringComparison.Ordinal);

        using var zip = await BundleAsync();
        var protection = Read(zip, "datapackage.json")["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "tariffs-sector-protection")!;
        var value = protection["schema"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "valuePercent")!;
        Assert.Equal("number", value["type"]!.GetValue<string>());
        Assert.Equal("percent", value["unit"]!.GetValue<string>());
        var measure = protection["schema"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "measure")!;
        Assert.Contains("effective-protection", measure["constraints"]!["enum"]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}
