using System.Net;
using System.Net.Http.Headers;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class FormatsAndCachingTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_response_from_the_output_cache_still_reports_the_supported_versions()
    {
        const string path = "/api/v1/clusters?region=Cusco&sort=-id";
        var first = await _client.GetAsync(path, Cancel);
        var repeat = await _client.GetAsync(path, Cancel);

        Assert.NotNull(repeat.Headers.Age); // served from the output cache
        Assert.Equal("1.0", first.Header("api-supported-versions"));
        Assert.Equal("1.0", repeat.Header("api-supported-versions"));
    }

    [Fact]
    public async Task Csv_by_accept_header_has_the_json_fields_as_columns()
    {
        var response = await _client.GetAsync("/api/v1/clusters?region=Lima", "text/csv");
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "id,name,activity,outputs,sector,location.placeAsPrinted,location.locality,location.district,location.province,"
            + "location.regions,location.regionBasis,programIds,provenance.sourceId,provenance.footnotes,provenance.note",
            lines[0]);
        Assert.Equal(
            "6,\"Garments in Gamarra, La Victoria, Lima\",Garments,Garments,manufacturing,\"Gamarra, La Victoria, Lima\",Gamarra,La Victoria,,Lima,printed,"
            + "development-of-business-networks; gamarra-exporta; gamarra-export-consortia,table-19,,",
            lines[1]);
        Assert.Equal(5, lines.Length); // header, clusters 6, 17 and 30, and the empty string after the last CRLF
    }

    [Fact]
    public async Task Csv_by_format_parameter_joins_lists_and_quotes_per_RFC_4180()
    {
        var response = await _client.GetAsync("/api/v1/clusters?id=7&format=csv", Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(",Puno; Arequipa,printed,", body, StringComparison.Ordinal);

        var quoted = await (await _client.GetAsync("/api/v1/clusters/29", Cancel)).Content.ReadAsStringAsync(Cancel);
        var csv = await (await _client.GetAsync("/api/v1/clusters?id=29&format=csv", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Yanacocha (Cajamarca)", quoted, StringComparison.Ordinal);
        Assert.Contains("\"Region inferred from Section 7.1, which places the mine as \"\"Yanacocha (Cajamarca)\"\".\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_resource_is_json_only_and_asking_for_csv_is_a_406_problem()
    {
        var response = await _client.GetAsync("/api/v1/clusters/1", "text/csv");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unsupported_accept_header_is_a_406_problem()
    {
        var response = await _client.GetAsync("/api/v1/clusters", "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Every_get_has_a_strong_etag_and_public_cache_control()
    {
        var response = await _client.GetAsync("/api/v1/clusters/1", Cancel);

        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.True(response.Headers.CacheControl.MaxAge > TimeSpan.Zero);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("1.0", response.Header("api-supported-versions"));
    }

    [Fact]
    public async Task Json_and_csv_of_the_same_collection_have_different_etags()
    {
        var json = await _client.GetAsync("/api/v1/clusters", Cancel);
        var csv = await _client.GetAsync("/api/v1/clusters?format=csv", Cancel);

        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_without_a_body()
    {
        var first = await _client.GetAsync("/api/v1/clusters?sector=tourism", Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters?sector=tourism");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_stale_if_none_match_gets_the_full_response()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters/2");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Asparagus", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
