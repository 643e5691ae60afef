using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class FdiTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    private async Task<System.Text.Json.Nodes.JsonNode> SingleAsync(string url)
    {
        var (response, page) = await _client.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(page["items"]!.AsArray())!;
    }

    [Fact]
    public async Task Table_17_mining_took_41_9_percent_of_2007_flows()
    {
        var mining = await SingleAsync("/api/v1/fdi/sector-shares?sector=mining&flowOrStock=flow&period=2007");

        Assert.Equal(41.9, mining["value"]!.GetValue<double>());
        Assert.Equal("primary", mining["parentSectorId"]!.GetValue<string>());
        Assert.Equal("table-17", mining["provenance"]!["sourceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parenthesised_shares_are_negative_and_keep_the_printed_cell()
    {
        var telecom = await SingleAsync("/api/v1/fdi/sector-shares?sector=telecommunications&flowOrStock=flow&period=2001-2005");

        Assert.Equal(-54.1, telecom["value"]!.GetValue<double>());
        Assert.Equal("(54.1)", telecom["valueAsPrinted"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_year_returns_the_span_that_contains_it()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/fdi/sector-shares?sector=finance&flowOrStock=stock&period=1993");

        Assert.Equal(["1990-1995"], page["items"]!.AsArray().Select(i => i!["period"]!["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_totals_carry_both_the_national_and_the_unctad_series()
    {
        var national = await SingleAsync("/api/v1/fdi/totals?sourceSeries=national&measure=millions-usd&flowOrStock=flow&period=2001-2005");
        var unctad = await SingleAsync("/api/v1/fdi/totals?sourceSeries=unctad&sector=inward-fdi&measure=share-of-gdp-percent&flowOrStock=stock&period=2007");

        Assert.Equal(332.8, national["value"]!.GetValue<double>());
        Assert.Equal(22.7, unctad["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task Shares_and_totals_split_table_17_without_overlap()
    {
        var (_, shares) = await _client.GetJsonAsync("/api/v1/fdi/sector-shares?pageSize=1");
        var (_, totals) = await _client.GetJsonAsync("/api/v1/fdi/totals?pageSize=1");

        Assert.Equal(220, shares["totalCount"]!.GetValue<int>() + totals["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_investment_regime_figures_include_137_legal_stability_agreements()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/fdi/figures?pageSize=100");
        var items = page["items"]!.AsArray();

        var signed = Assert.Single(items, f => f!["id"]!.GetValue<string>() == "2000-2006-legal-stability-agreements-signed")!;
        Assert.Equal(137, signed["value"]!.GetValue<double>());
        Assert.Equal("fdi", signed["topic"]!.GetValue<string>());
        Assert.Equal(16, page["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/v1/fdi/sector-shares?measure=millions-usd", "measure")]
    [InlineData("/api/v1/fdi/sector-shares?sourceSeries=unctad", "sourceSeries")]
    [InlineData("/api/v1/fdi/totals?measure=share-percent", "measure")]
    [InlineData("/api/v1/fdi/totals?flowOrStock=stocks", "flowOrStock")]
    [InlineData("/api/v1/fdi/totals?sourceSeries=imf", "sourceSeries")]
    [InlineData("/api/v1/fdi/sector-shares?period=2007..1990", "period")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]![parameter]);
    }
}

public sealed class ClusterProgramsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task The_business_networks_project_has_its_donor_amounts_and_table_20_goals()
    {
        var (response, detail) = await _client.GetJsonAsync("/api/v1/cluster-programs/development-of-business-networks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("IDB", detail["program"]!["donor"]!.GetValue<string>());
        Assert.Equal([6, 9], detail["program"]!["clusterIds"]!.AsArray().Select(c => c!.GetValue<int>()));
        Assert.Equal(2004, detail["program"]!["start"]!["year"]!.GetValue<int>());
        var fund = Assert.Single(detail["figures"]!.AsArray(), f => f!["id"]!.GetValue<string>() == "idb-non-reimbursable-fund")!;
        Assert.Equal(970000, fund["value"]!.GetValue<double>());
        Assert.Equal(16, detail["goals"]!.AsArray().Count);
    }

    [Fact]
    public async Task Table_20_keeps_the_rounded_achievement_and_the_flags()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/cluster-programs/development-of-business-networks/goals?pageSize=100");
        var goals = page["items"]!.AsArray();

        var firms = Assert.Single(goals, g => g!["id"]!.GetValue<string>() == "i-1-firms")!;
        Assert.Equal(160, firms["target"]!["value"]!.GetValue<double>());
        Assert.Equal(300, firms["achieved"]!["value"]!.GetValue<double>());
        Assert.Equal(188, firms["achievementPercent"]!.GetValue<double>());
        var productivity = Assert.Single(goals, g => g!["id"]!.GetValue<string>() == "ii-5")!;
        Assert.Contains("placeholder-zero", productivity["flags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(productivity["achievementPercent"]);
        Assert.Null(productivity["achieved"]!["value"]);
        Assert.Equal("0", productivity["achieved"]!["asPrinted"]!.GetValue<string>());
        Assert.Equal("not-available", productivity["nullReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_cite_count_keeps_both_readings_and_publishes_the_footnotes_twelve()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/cluster-programs/cite-program/figures?pageSize=100");
        var readings = page["items"]!.AsArray().Where(f => f!["reading"] is not null).ToList();

        var published = Assert.Single(readings, f => f!["published"]!.GetValue<bool>() && f["id"]!.GetValue<string>() == "cites-total-footnote")!;
        Assert.Equal(12, published["value"]!.GetValue<double>());
        Assert.Contains(readings, f => !f!["published"]!.GetValue<bool>() && f["reading"]!.GetValue<string>() == "text");
    }

    [Fact]
    public async Task A_clusters_programmes_are_listed_on_the_cluster_and_by_filter()
    {
        var (_, gamarra) = await _client.GetJsonAsync("/api/v1/clusters/6");
        var (_, filtered) = await _client.GetJsonAsync("/api/v1/cluster-programs?cluster=6");

        var onCluster = gamarra["programIds"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Contains("development-of-business-networks", onCluster);
        Assert.Equal(onCluster.Order(), filtered["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Other_programmes_have_no_goals_and_unknown_ones_are_404()
    {
        var (_, cites) = await _client.GetJsonAsync("/api/v1/cluster-programs/cite-program/goals");
        var (missing, problem) = await _client.GetJsonAsync("/api/v1/cluster-programs/no-such-programme");
        var (missingGoals, _) = await _client.GetJsonAsync("/api/v1/cluster-programs/no-such-programme/goals");

        Assert.Equal(0, cites["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, missingGoals.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/cluster-programs?cluster=gamarra", "cluster")]
    [InlineData("/api/v1/cluster-programs?kind=ngo", "kind")]
    [InlineData("/api/v1/cluster-programs/cite-program/figures?sort=size", "sort")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }
}

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
}
