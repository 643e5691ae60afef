using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class CsvDownloadsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Csv_without_page_size_is_the_whole_of_table_8_with_its_negative_numbers_as_printed()
    {
        var response = await _client.GetAsync("/api/v1/tariffs/sector-protection", "text/csv");
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(362, lines.Length - 1);
        Assert.Equal("362", response.Header("Total-Count"));
        Assert.DoesNotContain("rel=\"next\"", response.Header("Link"), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains(",'-", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",-4.6,-4.6,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",-15.3 ²²,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_keeps_its_default_and_maximum_page_size_while_csv_pages_may_hold_10000_rows()
    {
        var (_, json) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection");
        var (tooLarge, problem) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?pageSize=501");
        var csv = await _client.GetAsync("/api/v1/tariffs/sector-protection?format=csv&pageSize=10000", Cancel);
        var (beyond, _) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?format=csv&pageSize=10001");

        Assert.Equal(50, json["items"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("500", problem["errors"]!["pageSize"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
    }

    [Fact]
    public async Task A_csv_page_smaller_than_the_collection_says_so()
    {
        var response = await _client.GetAsync("/api/v1/tariffs/sector-protection?format=csv&pageSize=100", Cancel);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(100, lines.Length - 1);
        Assert.Equal("362", response.Header("Total-Count"));
        Assert.Contains("page=2>; rel=\"next\"", response.Header("Link"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sources_csv_holds_no_json_and_the_footnote_texts_are_a_csv_of_their_own()
    {
        var sources = await (await _client.GetAsync("/api/v1/sources?format=csv", Cancel)).Content.ReadAsStringAsync(Cancel);
        var footnotes = await (await _client.GetAsync("/api/v1/footnotes?sourceId=table-8&format=csv", Cancel)).Content.ReadAsStringAsync(Cancel);
        var (_, table8) = await _client.GetJsonAsync("/api/v1/sources/table-8");

        Assert.StartsWith("id,kind,label,title,sourceNote,paperLine,citation\r\n", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"\"", sources, StringComparison.Ordinal);
        var rows = footnotes.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sourceId,marker,text,paperLine", rows[0]);
        Assert.Equal(table8["notes"]!.AsArray().Count, rows.Length - 1);
        Assert.Contains("table-8,21,Ad-Valorem tariff 2006.,", footnotes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footnotes_filter_by_source_and_refuse_an_unknown_sort()
    {
        var (_, all) = await _client.GetJsonAsync("/api/v1/footnotes?pageSize=500");
        var (_, two) = await _client.GetJsonAsync("/api/v1/footnotes?sourceId=table-1,TABLE-2&pageSize=500");
        var (bad, _) = await _client.GetJsonAsync("/api/v1/footnotes?sort=nope");

        Assert.True(all["totalCount"]!.GetValue<int>() > two["totalCount"]!.GetValue<int>());
        Assert.Equal(["table-1", "table-2"], two["items"]!.AsArray().Select(n => n!["sourceId"]!.GetValue<string>()).Distinct().Order());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
