using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators;
using PdpApi.Indicators.TariffStructure;

namespace PdpApi.Api.Tests.Indicators.TariffStructure;

public sealed class TariffStructureTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_takes_every_table_7_schedule_and_each_complete_table_a7_year()
    {
        var rates = new[] { 0, 4, 7.5, 12, 20, 25 };
        var distributions = await GatherAsync((db, cancel) => TariffStructureInputs.GatherAsync(db, rates, cancel));

        var table7 = distributions.Where(d => d.Source == "table-7").ToList();
        Assert.Equal(7, table7.Count);
        var september = Assert.Single(table7, d => d.Period.Label == "1990 Sept.");
        Assert.Equal(5269, september.Distribution.Sum(d => d.Weight));
        Assert.Equal(new PrintedValue(32, "32"), september.PrintedMean);
        var a7 = distributions.Where(d => d.Source == "table-a7").ToList();
        Assert.Equal([2001, 2002, 2003, 2004, 2005, 2007], a7.Select(d => d.Period.StartYear));
        Assert.All(a7, d => Assert.Equal(rates, d.Distribution.Select(b => b.RatePercent)));
        Assert.Equal("11.9", a7[0].PrintedMean.AsPrinted);
    }

    [Fact]
    public async Task Table_7_december_1990_reproduces_and_september_1990_does_not()
    {
        var body = await OkAsync("/api/v1/indicators/tariff-structure");

        var december = SingleResult(body, r => r["period"]!["label"]!.GetValue<string>() == "1990 Dec.");
        var september = SingleResult(body, r => r["period"]!["label"]!.GetValue<string>() == "1990 Sept.");
        Assert.True(december["mean"]!["reproduces"]!.GetValue<bool>());
        Assert.Equal(26.3, Math.Round(december["meanPercent"]!.GetValue<double>(), 1));
        Assert.False(september["mean"]!["reproduces"]!.GetValue<bool>());
        Assert.Equal(32, september["mean"]!["reported"]!.GetValue<double>());
        Assert.NotEmpty(december["working"]!.AsArray());
    }

    [Fact]
    public async Task Table_a7_years_are_compared_with_table_a6_using_the_band_rates_given()
    {
        var body = await OkAsync("/api/v1/indicators/tariff-structure?bandRates=0,4,7.5,12,20,25");

        var year2001 = SingleResult(body, r => r["source"]!.GetValue<string>() == "table-a7" && r["period"]!["label"]!.GetValue<string>() == "2001");
        // 0.197 x 4 + 0.643 x 12 + 0.116 x 20 + 0.044 x 25 = 11.92, against Table A6's 11.9.
        Assert.Equal(11.92, Math.Round(year2001["meanPercent"]!.GetValue<double>(), 2));
        Assert.True(year2001["mean"]!["reproduces"]!.GetValue<bool>());
        await AssertBadRequestAsync("/api/v1/indicators/tariff-structure?bandRates=1,2,3", "bandRates");
        await AssertBadRequestAsync("/api/v1/indicators/tariff-structure?bandRates=0,a,7.5,12,20,25", "bandRates");
    }

    [Theory]
    [InlineData("/api/v1/indicators/tariff-structure?bandRates=0,2.5,7.5,12.5,17.5,1e155", "bandRates")]
    [InlineData("/api/v1/indicators/tariff-structure?bandRates=-5,2.5,7.5,12.5,17.5,25", "bandRates")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
