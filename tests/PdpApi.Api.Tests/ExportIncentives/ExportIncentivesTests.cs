using System.Net;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

public sealed class ExportIncentivesTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Free_zone_rules_and_figures_list_their_zones_in_the_seeds_order()
    {
        var (_, rules) = await _client.GetJsonAsync("/api/v1/export-incentives/free-zone-rules?pageSize=500");
        var (_, figures) = await _client.GetJsonAsync("/api/v1/export-incentives/free-zone-figures?pageSize=500");
        var rule = rules["items"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "2002-zofratacna-replaces-ceticos-tacna")!;
        var figure = figures["items"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == "1996-active-industrial-free-zones")!;

        Assert.Equal(["zofratacna", "ceticos-tacna"], rule["zoneIds"]!.AsArray().Select(z => z!.GetValue<string>()));
        Assert.Equal("free-zone-ilo;free-zone-matarani;free-zone-paita", figure["details"]!["zoneIds"]!.GetValue<string>());
    }

    [Fact]
    public async Task Table_13_textiles_and_apparel_took_32_8_percent_of_drawback_exports_in_2007()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/export-incentives/drawback-exports?sector=textiles-and-apparel&period=2007&measure=s1-share-of-drawback-exports-percent");

        Assert.Equal(32.8, Assert.Single(page["items"]!.AsArray())!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_realigned_cell_says_how_it_was_placed()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/export-incentives/drawback-exports?sector=primary&period=2003-2005&measure=s1-share-of-drawback-exports-percent");
        var primary = Assert.Single(page["items"]!.AsArray())!;

        Assert.Equal(36.1, primary["value"]!.GetValue<double>());
        Assert.Equal("moved", primary["placement"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(primary["provenance"]!["note"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Table_14_imports_from_tacna_were_132_9_million_dollars_in_2006()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/export-incentives/free-zone-imports?sector=manufactures&period=2006&measure=imports-millions-usd");

        Assert.Equal(132.9, Assert.Single(page["items"]!.AsArray())!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task Drawback_rules_name_their_decrees_and_figures_keep_their_hedges()
    {
        var (_, rules) = await _client.GetJsonAsync("/api/v1/export-incentives/drawback-rules?ruleType=rate");
        var (_, figures) = await _client.GetJsonAsync("/api/v1/export-incentives/drawback-figures?year=1998");

        Assert.Contains(rules["items"]!.AsArray(), r => r!["value"]?.GetValue<double>() == 5);
        Assert.Contains(figures["items"]!.AsArray(), f => f!["value"]?.GetValue<double>() == 54.8 && f["unit"]!.GetValue<string>() == "millions-usd");
    }

    [Fact]
    public async Task Free_zones_publish_one_reading_each_and_list_the_others_on_request()
    {
        var (_, preferred) = await _client.GetJsonAsync("/api/v1/export-incentives/free-zones?pageSize=100");
        var (_, all) = await _client.GetJsonAsync("/api/v1/export-incentives/free-zones?preferredOnly=false&pageSize=100");
        var (_, zofratacna) = await _client.GetJsonAsync("/api/v1/export-incentives/free-zones/zofratacna");

        var ids = preferred["items"]!.AsArray().Select(z => z!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.True(all["totalCount"]!.GetValue<int>() > preferred["totalCount"]!.GetValue<int>());
        Assert.Equal(2002, zofratacna["createdYear"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_figure_printed_as_a_fraction_keeps_the_fraction()
    {
        var (_, figures) = await _client.GetJsonAsync("/api/v1/export-incentives/free-zone-figures?pageSize=100");

        var share = figures["items"]!.AsArray().Single(f => f!["valueFraction"] is not null)!;
        Assert.Equal("1/3", share["valueFraction"]!.GetValue<string>());
        Assert.Null(share["value"]);
    }

    [Theory]
    [InlineData("/api/v1/export-incentives/drawback-exports?period=2010-2005", "period")]
    [InlineData("/api/v1/export-incentives/free-zones?preferredOnly=perhaps", "preferredOnly")]
    [InlineData("/api/v1/ptas?startYear=abc", "startYear")]
    [InlineData("/api/v1/ntbs/countries?sort=size", "sort")]
    [InlineData("/api/v1/export-incentives/drawback-exports?measure=s3", "measure")]
    [InlineData("/api/v1/export-incentives/drawback-rules?ruleType=tax", "ruleType")]
    [InlineData("/api/v1/export-incentives/free-zones?kind=port", "kind")]
    [InlineData("/api/v1/tariffs/band-shares?band=20-25", "band")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }
}
