using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class SeriesTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task A_tables_series_are_listed_by_source_table()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/series?sourceTable=table-15");

        var codes = page["items"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(5, codes.Count);
        Assert.All(codes, c => Assert.StartsWith("t15-", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_whole_table_comes_in_one_call()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/series/observations?sourceTable=table-15&pageSize=500");

        Assert.Equal(168, page["totalCount"]!.GetValue<int>());
        Assert.Equal(168, page["items"]!.AsArray().Count);
        Assert.All(page["items"]!.AsArray(), o => Assert.StartsWith("t15-", o!["seriesCode"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_year_returns_the_span_that_contains_it()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/series/t4-government-investment-by-type/observations?period=2003&dimension=infrastructure");

        var item = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal("2001-2005", item["period"]!["label"]!.GetValue<string>());
        Assert.Equal(50.3, item["value"]!.GetValue<double>());
        Assert.Equal("percent", item["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_not_available_cell_is_null_with_its_reason()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/series/t4-government-investment-by-type/observations?period=1990-1995&dimension=institutional");

        var item = Assert.Single(page["items"]!.AsArray())!;
        Assert.Null(item["value"]);
        Assert.Equal("Na", item["valueAsPrinted"]!.GetValue<string>());
        Assert.Equal("not-available", item["nullReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Table_15_counts_new_export_lines_and_keeps_its_total_values_in_dollars_apart()
    {
        var (_, lines) = await _client.GetJsonAsync("/api/v1/series/t15-new-export-tariff-lines/observations?dimension=total&period=2006");
        var (_, value) = await _client.GetJsonAsync("/api/v1/series/t15-new-lines-export-value");

        Assert.Equal(284, Assert.Single(lines["items"]!.AsArray())!["value"]!.GetValue<double>());
        Assert.Equal("millions-usd", value["series"]!["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task Table_a4_reads_spaced_thousands_as_one_number()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/series/ta4-formal-firms-all-worker-ranges/observations?dimension=total&period=2006");

        var item = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(892701, item["value"]!.GetValue<double>());
        Assert.Equal("892 701", item["valueAsPrinted"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_series_lists_its_periods_and_dimension_values_with_their_hierarchy()
    {
        var (response, detail) = await _client.GetJsonAsync("/api/v1/series/t15-new-export-tariff-lines");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["1993", "1994-1996", "1997-1999", "2006"], detail["periods"]!.AsArray().Select(p => p!["label"]!.GetValue<string>()));
        var values = detail["dimensionValues"]!.AsArray();
        Assert.Equal("total", values.Single(v => v!["parentId"] is null)!["id"]!.GetValue<string>());
        Assert.False(values.Single(v => v!["id"]!.GetValue<string>() == "total")!["isLeaf"]!.GetValue<bool>());
        Assert.True(values.Single(v => v!["id"]!.GetValue<string>() == "agriculture")!["isLeaf"]!.GetValue<bool>());
        Assert.Equal("/api/v1/series/t15-new-export-tariff-lines/observations", detail["observationsUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Text_figures_are_series_citing_their_section()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/series?q=text-&pageSize=500");

        var items = page["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items.Where(s => s!["code"]!.GetValue<string>().StartsWith("text-", StringComparison.Ordinal)),
            s => Assert.Matches("^(section-|abstract|table-)", s!["provenance"]!["sourceId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_regional_and_local_governments_are_counted_by_level()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/series/text-subnational-governments-count/observations");

        var counts = page["items"]!.AsArray().Select(o => (o!["dimensionId"]!.GetValue<string>(), o["value"]!.GetValue<double>(), o["valueAsPrinted"]!.GetValue<string>()));
        Assert.Equal([("regional", 25.0, "25"), ("local", 1828.0, "1,828")], counts);
        Assert.All(page["items"]!.AsArray(), o =>
        {
            Assert.Equal("count", o!["unit"]!.GetValue<string>());
            Assert.Equal("2008", o["period"]!["label"]!.GetValue<string>());
            Assert.Equal("section-3.3", o["provenance"]!["sourceId"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Unknown_series_are_404_problems()
    {
        var (detail, _) = await _client.GetJsonAsync("/api/v1/series/no-such-series");
        var (observations, problem) = await _client.GetJsonAsync("/api/v1/series/no-such-series/observations");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, observations.StatusCode);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/v1/series?sourceTable=table-99", "sourceTable")]
    [InlineData("/api/v1/series?unit=furlongs", "unit")]
    [InlineData("/api/v1/series/observations?sourceTable=table-99", "sourceTable")]
    [InlineData("/api/v1/series/observations?period=1995..1990", "period")]
    [InlineData("/api/v1/series/t4-government-investment-by-type/observations?sourceTable=table-4", "sourceTable")]
    [InlineData("/api/v1/series/t4-government-investment-by-type/observations?series=t4-investment-share-of-gdp", "series")]
    [InlineData("/api/v1/series/t4-government-investment-by-type/observations?sort=colour", "sort")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Theory]
    [InlineData("/api/v1/series/observations?pageSize=50")]
    [InlineData("/api/v1/series/observations?pageSize=40&sort=-value")]
    [InlineData("/api/v1/series/observations?pageSize=37&sort=dimension,-period")]
    [InlineData("/api/v1/series/observations?pageSize=25&sourceTable=table-2,table-a2&sort=period")]
    [InlineData("/api/v1/series/t4-government-investment-by-type/observations?pageSize=4&sort=-dimension,value")]
    public async Task Walking_observations_by_cursor_returns_the_numbered_pages_rows_in_their_order(string url)
    {
        var ids = await PageWalker.AssertCursorWalkMatchesNumberedPagesAsync(_client, url);

        Assert.True(ids.Count > 100 || url.Contains("/t4-", StringComparison.Ordinal), $"{url} has only {ids.Count} rows");
    }

    [Fact]
    public async Task A_cursor_page_links_to_the_next_by_cursor_and_the_last_page_has_no_next()
    {
        var (firstResponse, first) = await _client.GetJsonAsync("/api/v1/series/observations?sourceTable=table-15&pageSize=100");
        var next = PageWalker.NextLink(firstResponse)!;
        var (lastResponse, last) = await _client.GetJsonAsync(next);

        Assert.Contains("sourceTable=table-15&pageSize=100&cursor=", next, StringComparison.Ordinal);
        Assert.Equal(2, last["page"]!.GetValue<int>());
        Assert.Equal(first["totalCount"]!.GetValue<int>(), last["totalCount"]!.GetValue<int>());
        Assert.Equal(68, last["items"]!.AsArray().Count);
        Assert.Null(PageWalker.NextLink(lastResponse));
        Assert.Contains("rel=\"first\"", lastResponse.Header("Link"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cursor=not-a-cursor")]
    [InlineData("cursor=AXsicCI6MiwidCI6MTAwMywicSI6InFFWEh2M0x3SjRRN0RuLXkiLCJrIjpbMzIxNzQ3OSw5NjNdfbmK_WwprfIwO6U5UiLfrp0")]
    [InlineData("cursor=%F0%9F%98%80")]
    [InlineData("cursor=a&cursor=b")]
    [InlineData("cursor=&page=2")]
    public async Task A_malformed_cursor_or_one_beside_page_is_a_400_problem(string query)
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/series/observations?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Api.Problems.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(problem["errors"]!["cursor"]!.AsArray());
    }

    [Fact]
    public async Task A_cursor_changed_or_sent_with_other_parameters_is_a_400_problem_that_says_what_to_do()
    {
        var (response, _) = await _client.GetJsonAsync("/api/v1/series/observations?sort=-value&pageSize=10");
        var cursor = PageWalker.Cursor(PageWalker.NextLink(response)!);
        var changed = cursor[..^6] + (cursor[^6] == 'A' ? 'B' : 'A') + cursor[^5..];

        var (tamperedResponse, tampered) = await _client.GetJsonAsync($"/api/v1/series/observations?sort=-value&pageSize=10&cursor={changed}");
        var (otherResponse, other) = await _client.GetJsonAsync($"/api/v1/series/observations?sort=value&pageSize=10&cursor={cursor}");
        var (sameResponse, _) = await _client.GetJsonAsync($"/api/v1/series/observations?pageSize=10&sort=-value&cursor={cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, tamperedResponse.StatusCode);
        Assert.Contains("start again without a cursor", tampered["errors"]!["cursor"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, otherResponse.StatusCode);
        Assert.Contains("other parameters", other["errors"]!["cursor"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sameResponse.StatusCode);
    }
}
