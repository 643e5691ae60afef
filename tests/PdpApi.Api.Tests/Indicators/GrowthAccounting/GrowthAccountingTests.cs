using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.GrowthAccounting;

namespace PdpApi.Api.Tests.Indicators.GrowthAccounting;

public sealed class GrowthAccountingTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_pairs_each_periods_growth_with_its_contributions_and_printed_tfp()
    {
        var periods = await GatherAsync(GrowthAccountingInputs.GatherAsync);

        var period = Assert.Single(periods, p => p.Period.Label == "2002-2004");
        Assert.Equal([4.7, 1.1, 2.6, 0.0], new[] { period.GdpGrowth, period.Labor, period.Capital, period.PrintedTfp }.Select(i => i.Value!.Value));
        Assert.All(periods, p => Assert.Equal("table-1", p.GdpGrowth.Provenance!.SourceId));
    }

    [Fact]
    public async Task Growth_accounting_reproduces_every_period_but_2002_2004()
    {
        var body = await OkAsync("/api/v1/indicators/growth-accounting");

        var failing = body["results"]!.AsArray().Where(r => !r!["tfp"]!["reproduces"]!.GetValue<bool>()).Select(r => r!["period"]!["label"]!.GetValue<string>());
        Assert.Equal(["2002-2004"], failing);
        var period = SingleResult(body, r => r["period"]!["label"]!.GetValue<string>() == "2002-2004");
        Assert.Equal(1.0, period["residual"]!["tfpGrowthPercent"]!.GetValue<double>(), 9);
        Assert.Equal(0.0, period["tfp"]!["reported"]!.GetValue<double>());
        Assert.Equal(["gdp-growth", "labor", "capital", "tfp-printed"], period["inputs"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.StartsWith("Does not reproduce the paper: 1 computed against 0 printed", period["tfp"]!["verdict"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
