using System.Net;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

public sealed class TariffStructureTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Fourteen_sector_groups_with_all_goods_first()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/sector-groups");
        var ids = page["items"]!.AsArray().Select(g => g!["id"]!.GetValue<string>()).ToList();

        Assert.Equal(14, ids.Count);
        Assert.Equal("all-goods", ids[0]);
        Assert.Contains("textiles-and-clothing", ids);
    }

    [Fact]
    public async Task Table_A6_textiles_and_clothing_average_tariff_falls_from_17_5_in_2001_to_17_4_in_2006_2007()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/structure?group=textiles-and-clothing&indicator=simple-average-percent&sort=year");
        var values = page["items"]!.AsArray().ToDictionary(v => v!["period"]!["label"]!.GetValue<string>(), v => v!["value"]!.GetValue<double>());

        Assert.Equal(17.5, values["2001"]);
        Assert.Equal(17.4, values["2006/2007"]);
        Assert.Equal(6, values.Count);
    }

    [Fact]
    public async Task A_year_inside_the_2006_2007_column_finds_it()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/structure?group=all-goods&year=2007&indicator=tariff-lines-count");

        var value = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(6994, value["value"]!.GetValue<double>());
        Assert.Equal("2006/2007", value["period"]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Table_A7_all_goods_bands_in_2007_are_served_with_their_placement()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/band-shares?group=all-goods&year=2007");
        var shares = page["items"]!.AsArray().ToDictionary(s => s!["bandId"]!.GetValue<string>(), s => s!["sharePercent"]!.GetValue<double>());

        Assert.Equal(6, shares.Count);
        Assert.Equal(43.3, shares["0"]);
        Assert.Equal(40.7, shares["10-15"]);
        Assert.InRange(shares.Values.Sum(), 99, 101);
        Assert.All(page["items"]!.AsArray(), s => Assert.Contains(s!["placement"]!.GetValue<string>(), new[] { "confident", "inferred" }));
    }

    [Fact]
    public async Task Inferred_cells_can_be_listed_for_review()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/band-shares?placement=inferred&pageSize=500");

        Assert.True(page["totalCount"]!.GetValue<int>() > 0);
        Assert.All(page["items"]!.AsArray(), s => Assert.False(string.IsNullOrEmpty(s!["provenance"]!["note"]?.GetValue<string>())));
    }

    [Fact]
    public async Task Table_A8_marks_the_one_significant_coefficient_and_the_missing_2006_effective_protection()
    {
        var (_, y2001) = await _client.GetJsonAsync("/api/v1/tariffs/protection-growth-correlations?period=2001..2001&measure=effective-protection&sort=period");
        var (_, y2006) = await _client.GetJsonAsync("/api/v1/tariffs/protection-growth-correlations?period=2006&measure=effective-protection");

        var single = y2001["items"]!.AsArray().Single(c => c!["period"]!["label"]!.GetValue<string>() == "2001")!;
        Assert.Equal(0.475277, single["coefficient"]!.GetValue<double>());
        Assert.True(single["significantAt5Percent"]!.GetValue<bool>());
        Assert.Equal(25, single["observations"]!.GetValue<int>());
        var missing = Assert.Single(y2006["items"]!.AsArray())!;
        Assert.Null(missing["coefficient"]);
        Assert.Equal("not-available", missing["nullReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_year_returns_the_pooled_periods_that_contain_it()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/protection-growth-correlations?period=1991&measure=ad-valorem-tariff");

        Assert.Equal(["1991", "1992-1990"], page["items"]!.AsArray().Select(c => c!["period"]!["label"]!.GetValue<string>()).Order());
    }

    [Theory]
    [InlineData("/api/v1/tariffs/structure?indicator=mean", "indicator")]
    [InlineData("/api/v1/tariffs/band-shares?placement=guessed", "placement")]
    [InlineData("/api/v1/tariffs/band-shares?year=2007..2001", "year")]
    [InlineData("/api/v1/tariffs/protection-growth-correlations?measure=output", "measure")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }
}

/// <summary>The arithmetic of Tables A6, A7 and A8, checked on the seed; each exception is a documented data note.</summary>
public sealed class TariffStructureSeedTests
{
    private static readonly SeedData Seed = SeedLoader.Parse(Repository.SeedFolder);

    [Fact]
    public void Table_A6_the_groups_tariff_lines_add_up_to_all_goods_in_every_year()
    {
        var lines = Seed.TariffStructure.Where(v => v.Indicator == TariffStructureIndicator.TariffLinesCount).GroupBy(v => v.Period.Label);

        Assert.All(lines, year => Assert.Equal(
            year.Single(v => v.SectorGroupId == "all-goods").Value,
            year.Where(v => v.SectorGroupId != "all-goods").Sum(v => v.Value)));
    }

    /// <summary>Non-electric machinery in 2001 sums to 94.2: its 15-20% cell is printed 0 where 5.8 fits (seed/README.md, Data notes).</summary>
    [Fact]
    public void Table_A7_bands_sum_to_100_for_every_group_and_year_but_the_documented_one()
    {
        var sums = Seed.TariffBandShares
            .GroupBy(s => (s.Year, s.SectorGroupId))
            .Select(g => (g.Key.Year, g.Key.SectorGroupId, Sum: g.Sum(s => s.SharePercent ?? 0)))
            .Where(g => g.Sum is < 99 or > 101)
            .Select(g => $"{g.Year} {g.SectorGroupId} {g.Sum:0.0}");

        Assert.Equal(["2001 non-electric-machinery 94.2"], sums);
    }

    [Fact]
    public void Table_A7_has_six_bands_for_fourteen_groups_in_six_years()
    {
        Assert.Equal(6 * 14 * 6, Seed.TariffBandShares.Count);
    }

    [Fact]
    public void Table_A8_pooled_observations_are_the_sum_of_their_years()
    {
        var byLabel = Seed.ProtectionGrowthCorrelations.ToDictionary(c => (c.Period.Label, c.Measure));
        foreach (var (pooled, years) in new[] { ("1992-1990", new[] { "1990", "1991", "1992" }), ("1997-1996", new[] { "1996", "1997" }), ("2002-2001", new[] { "2001", "2002" }) })
        {
            foreach (var measure in new[] { ProtectionMeasure.EffectiveProtection, ProtectionMeasure.AdValoremTariff })
                Assert.Equal(byLabel[(pooled, measure)].Observations, years.Sum(y => byLabel[(y, measure)].Observations));
        }
    }

    [Fact]
    public void Table_A8_coefficients_lie_between_minus_one_and_one()
    {
        Assert.All(Seed.ProtectionGrowthCorrelations.Where(c => c.Coefficient is not null), c => Assert.InRange(c.Coefficient!.Value, -1, 1));
    }
}
