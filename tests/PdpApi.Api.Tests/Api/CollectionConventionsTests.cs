using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>Every collection the OpenAPI document lists keeps the shared conventions: JSON and CSV, ETag and 304, paging edges, sort whitelist.</summary>
public sealed class CollectionConventionsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The collections of v1; a test below keeps this list equal to the OpenAPI document's.</summary>
    public static readonly TheoryData<string> Collections =
    [
        "/api/v1/clusters", "/api/v1/sources", "/api/v1/footnotes",
        "/api/v1/tariffs/schedules", "/api/v1/tariffs/sector-protection", "/api/v1/tariffs/chronology",
        "/api/v1/tariffs/price-band-products", "/api/v1/tariffs/sector-groups", "/api/v1/tariffs/structure",
        "/api/v1/tariffs/band-shares", "/api/v1/tariffs/protection-growth-correlations",
        "/api/v1/ntbs/countries", "/api/v1/ntbs/types", "/api/v1/ntbs/tariff-equivalents",
        "/api/v1/ptas", "/api/v1/ptas/events", "/api/v1/ptas/preference-schemes", "/api/v1/ptas/figures",
        "/api/v1/export-incentives/drawback-rules", "/api/v1/export-incentives/drawback-exports",
        "/api/v1/export-incentives/drawback-figures", "/api/v1/export-incentives/free-zones",
        "/api/v1/export-incentives/free-zone-imports", "/api/v1/export-incentives/free-zone-rules",
        "/api/v1/export-incentives/free-zone-figures",
        "/api/v1/institutions", "/api/v1/economic-failures", "/api/v1/legal-events", "/api/v1/administrations",
        "/api/v1/institution-figures", "/api/v1/survey-respondents", "/api/v1/beneficiary-firms",
        "/api/v1/institutions/promperu/legal-events", "/api/v1/institutions/promperu/figures",
        "/api/v1/fdi/sector-shares", "/api/v1/fdi/totals", "/api/v1/fdi/figures",
        "/api/v1/cluster-programs", "/api/v1/cluster-programs/development-of-business-networks/figures",
        "/api/v1/cluster-programs/development-of-business-networks/goals",
        "/api/v1/series", "/api/v1/series/observations", "/api/v1/series/t4-government-investment-by-type/observations",
        "/api/v1/indicators",
    ];

    /// <summary>An existing id for each path parameter, so that sub-collections can be called.</summary>
    private static string WithSampleIds(string path) => path
        .Replace("/institutions/{id}", "/institutions/promperu", StringComparison.Ordinal)
        .Replace("/cluster-programs/{id}", "/cluster-programs/development-of-business-networks", StringComparison.Ordinal)
        .Replace("/series/{code}", "/series/t4-government-investment-by-type", StringComparison.Ordinal);

    [Fact]
    public async Task The_list_covers_every_collection_in_the_openapi_document()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var collections = document["paths"]!.AsObject()
            .Where(path => path.Value!["get"]?["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "page") == true)
            .Select(path => WithSampleIds(path.Key))
            .Order();

        Assert.Equal(Collections.Select(row => row.Data).Order(), collections);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_collection_pages_and_serves_json_with_a_total(string path)
    {
        var (response, page) = await _client.GetJsonAsync(path + "?pageSize=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page["totalCount"]!.GetValue<int>() > 0, $"{path} is empty");
        Assert.InRange(page["items"]!.AsArray().Count, 1, 2);
        Assert.Contains("rel=\"first\"", response.Header("Link"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_collection_serves_csv_with_the_json_field_names_as_header(string path)
    {
        var (_, json) = await _client.GetJsonAsync(path + "?pageSize=1");
        var response = await _client.GetAsync(path + "?pageSize=1", "text/csv");
        var header = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n")[0].Split(',');

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        // A list of objects is not a column (it would be JSON in a cell): its rows are a collection of their own.
        var (_, all) = await _client.GetJsonAsync(path + "?pageSize=500");
        var objectLists = all["items"]!.AsArray().SelectMany(item => item!.AsObject())
            .Where(p => p.Value is JsonArray { Count: > 0 } list && list[0] is JsonObject).Select(p => p.Key).ToHashSet();
        var firstFields = json["items"]![0]!.AsObject().Select(p => p.Key).Where(field => !objectLists.Contains(field));
        Assert.DoesNotContain("{\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.All(firstFields, field => Assert.Contains(header, column => column == field || column.StartsWith(field + ".", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_collection_answers_a_matching_etag_with_304(string path)
    {
        var first = await _client.GetAsync(path, Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_collection_rejects_an_unknown_sort_field_and_an_oversized_page(string path)
    {
        var (sortResponse, sortProblem) = await _client.GetJsonAsync(path + "?sort=no-such-field");
        var (sizeResponse, sizeProblem) = await _client.GetJsonAsync(path + "?pageSize=501");

        Assert.Equal(HttpStatusCode.BadRequest, sortResponse.StatusCode);
        Assert.NotNull(sortProblem["errors"]!["sort"]);
        Assert.Equal(HttpStatusCode.BadRequest, sizeResponse.StatusCode);
        Assert.NotNull(sizeProblem["errors"]!["pageSize"]);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_collection_returns_an_empty_page_past_the_last(string path)
    {
        var (response, page) = await _client.GetJsonAsync(path + "?page=100000&pageSize=500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page["items"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_record_names_its_source(string path)
    {
        var (_, page) = await _client.GetJsonAsync(path + "?pageSize=500");
        var (_, sources) = await _client.GetJsonAsync("/api/v1/sources?pageSize=500");
        var known = sources["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToHashSet();

        foreach (var item in page["items"]!.AsArray())
        {
            if (item!["provenance"] is { } provenance)
            {
                Assert.Contains(provenance["sourceId"]!.GetValue<string>(), known);
            }
            else if (item["sourceTables"] is { } tables)
            {
                Assert.All(tables.AsArray(), t => Assert.Contains(t!.GetValue<string>(), known)); // the indicator catalogue
            }
            else if (item.AsObject().ContainsKey("sourceId"))
            {
                // Administrations the paper does not name are listed for context and say why in their note.
                if (item["sourceId"] is { } sourceId)
                    Assert.Contains(sourceId.GetValue<string>(), known);
                else
                    Assert.False(string.IsNullOrEmpty(item["note"]?.GetValue<string>()));
            }
            else
            {
                Assert.Contains(item["id"]!.GetValue<string>(), known); // the sources themselves
            }
        }
    }

    /// <summary>Every filter over ids, one call each: the id in capitals selects what it selects in lower case.</summary>
    public static TheoryData<string, string> SlugFilters => new()
    {
        { "/api/v1/tariffs/sector-protection?sector=", "textiles" },
        { "/api/v1/tariffs/structure?group=", "all-goods" },
        { "/api/v1/tariffs/band-shares?group=", "all-goods" },
        { "/api/v1/export-incentives/free-zone-imports?sector=", "manufactures" },
        { "/api/v1/export-incentives/drawback-exports?sector=", "primary" },
        { "/api/v1/fdi/sector-shares?sector=", "mining" },
        { "/api/v1/ptas/events?pta=", "andean-community" },
        { "/api/v1/ntbs/countries?country=", "peru" },
        { "/api/v1/legal-events?body=", "promperu" },
        { "/api/v1/legal-events?administration=", "garcia-2006" },
        { "/api/v1/institutions?failure=", "information-externalities" },
        { "/api/v1/institution-figures?institution=", "promperu" },
        { "/api/v1/institution-figures?measure=", "impact-score" },
        { "/api/v1/footnotes?sourceId=", "table-8" },
        { "/api/v1/series/observations?series=", "t1-real-output-growth" },
        { "/api/v1/series/t1-real-output-growth/observations?dimension=", "gdp" },
    };

    [Theory]
    [MemberData(nameof(SlugFilters))]
    public async Task A_slug_filter_matches_whole_ids_with_case_ignored(string filter, string slug)
    {
        var (_, lower) = await _client.GetJsonAsync(filter + slug);
        var (_, upper) = await _client.GetJsonAsync(filter + slug.ToUpperInvariant());
        var (_, part) = await _client.GetJsonAsync(filter + slug[..^1]); // a word of a name or a cut id is not an id

        Assert.True(lower["totalCount"]!.GetValue<int>() > 0, $"{filter}{slug} selects nothing");
        Assert.Equal(lower["totalCount"]!.GetValue<int>(), upper["totalCount"]!.GetValue<int>());
        Assert.Equal(0, part["totalCount"]!.GetValue<int>());
    }
}
