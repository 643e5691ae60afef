using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.SectorEffectiveProtection;

namespace PdpApi.Api.Tests.Indicators.SectorEffectiveProtection;

public sealed class SectorEffectiveProtectionTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_keeps_whole_sectors_only_and_the_periods_that_overlap()
    {
        var all = await GatherAsync((db, cancel) => SectorEffectiveProtectionInputs.GatherAsync(db, null, cancel));
        var one = await GatherAsync((db, cancel) => SectorEffectiveProtectionInputs.GatherAsync(db, new Api.IntRange(2001, 2001), cancel));

        Assert.Equal(["1990-1992", "1996-1997", "2001-2002", "2006-2007"], all.Select(p => p.Period.Label));
        Assert.All(all.SelectMany(p => p.Sectors), s => Assert.True(!s.IsAverage && s.Component is null && s.Measure == Data.ProtectionMeasure.EffectiveProtection));
        Assert.Equal(29, Assert.Single(one).Sectors.Count);
    }

    [Fact]
    public async Task Sector_effective_protection_ranks_dairy_first_in_2001_2002()
    {
        var body = await OkAsync("/api/v1/indicators/sector-effective-protection?period=2001");

        var sectors = Assert.Single(body["results"]!.AsArray())!["sectors"]!.AsArray();
        Assert.Equal("dairy", sectors[0]!["sectorId"]!.GetValue<string>());
        Assert.Equal(1, sectors[0]!["rank"]!.GetValue<int>());
        Assert.Equal(45.9, sectors[0]!["effectiveProtectionPercent"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("/api/v1/indicators/sector-effective-protection?period=2007..1990", "period")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
