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
