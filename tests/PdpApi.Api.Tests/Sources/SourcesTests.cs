using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class SourcesTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Sources_list_every_table_of_the_paper_in_order()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/sources?kind=table&pageSize=100");
        var ids = page["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();

        var expected = Enumerable.Range(1, 20).Select(n => $"table-{n}").Concat(Enumerable.Range(1, 9).Select(n => $"table-a{n}"));
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task A_source_carries_its_title_source_line_and_footnote_texts()
    {
        var (response, source) = await _client.GetJsonAsync("/api/v1/sources/table-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Table 8", source["label"]!.GetValue<string>());
        Assert.StartsWith("Nominal Ad-Valorem Tariff Rates", source["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("BCRP (1989,1993,1995)", source["sourceNote"]!.GetValue<string>(), StringComparison.Ordinal);
        var notes = source["notes"]!.AsArray().ToDictionary(n => n!["marker"]!.GetValue<string>(), n => n!["text"]!.GetValue<string>());
        Assert.Equal("Ad-Valorem tariff 2006.", notes["21"]);
        Assert.Equal("Only tobacco.", notes["16"]);
        Assert.False(notes.ContainsKey("3")); // the paper's notes to Table 8 skip marker 3
    }

    [Fact]
    public async Task The_clusters_source_is_Apoyo_2005()
    {
        var (_, source) = await _client.GetJsonAsync("/api/v1/sources/table-19");

        Assert.Equal("Apoyo (2005: 5)", source["sourceNote"]!.GetValue<string>());
        Assert.Empty(source["notes"]!.AsArray());
    }

    [Fact]
    public async Task Sources_filter_by_kind_and_sort()
    {
        var (_, tables) = await _client.GetJsonAsync("/api/v1/sources?kind=table&sort=-position&pageSize=1");
        var (response, _) = await _client.GetJsonAsync("/api/v1/sources?kind=chapter");

        Assert.Equal("table-a9", tables["items"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(29, tables["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_source_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/sources/table-99", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Sources_are_served_as_csv_with_their_citation_and_their_notes_as_footnote_rows()
    {
        var csv = await _client.GetStringAsync("/api/v1/sources?format=csv&pageSize=1", TestContext.Current.CancellationToken);
        var notes = await _client.GetStringAsync("/api/v1/footnotes?sourceId=table-1&format=csv", TestContext.Current.CancellationToken);

        Assert.StartsWith("id,kind,label,title,sourceNote,paperLine,citation\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("table-1,1,Yoruk (2007).,85\r\n", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_carry_the_paper_footnotes_whose_markers_they_print()
    {
        var (_, sections) = await _client.GetJsonAsync("/api/v1/sources?kind=section&pageSize=100");
        var (_, tariffs) = await _client.GetJsonAsync("/api/v1/sources/section-4.1");

        Assert.Equal(27, sections["totalCount"]!.GetValue<int>());
        Assert.Equal("Tariff Barriers", tariffs["title"]!.GetValue<string>());
        var notes = tariffs["notes"]!.AsArray().ToDictionary(n => n!["marker"]!.GetValue<string>(), n => n!["text"]!.GetValue<string>());
        Assert.Equal(["32", "33", "34", "35", "36"], notes.Keys);
        Assert.Contains("rice (HS, 1006300000)", notes["33"], StringComparison.Ordinal);
    }
}
