using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.SeriesTransformations;

namespace PdpApi.Api.Tests.Indicators.SeriesTransformations;

public sealed class SeriesTransformationsTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_gives_a_series_oldest_period_first_or_nothing_for_an_unknown_code()
    {
        var series = await GatherAsync((db, cancel) => SeriesTransformationsInputs.GatherAsync(db, "t4-annual-average-investment-expenditure", cancel));
        var unknown = await GatherAsync((db, cancel) => SeriesTransformationsInputs.GatherAsync(db, "no-such", cancel));

        Assert.NotNull(series);
        Assert.Equal("t4-annual-average-investment-expenditure", series.Series.Code);
        Assert.Equal(series.Observations.OrderBy(o => o.Period.StartYear).ThenBy(o => o.Period.EndYear).Select(o => o.Id), series.Observations.Select(o => o.Id));
        Assert.Null(unknown);
    }

    [Fact]
    public async Task Series_transformations_compute_changes_growth_and_shares()
    {
        var changes = await OkAsync("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=percent-change");
        var cagr = await OkAsync("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr&from=2001-2005&to=2006-2007");
        var shares = await OkAsync("/api/v1/indicators/series-transformations?series=t15-new-export-tariff-lines&transformation=share&period=2006");

        var last = changes["changes"]!.AsArray().Last()!;
        // (2623.7 - 1591.5) / 1591.5 x 100 = 64.857
        Assert.Equal(64.857, Math.Round(last["percentChange"]!.GetValue<double>(), 3));
        Assert.Null(changes["changes"]!.AsArray().First()!["change"]);
        // midpoints 2003 and 2006.5: (2623.7 / 1591.5)^(1/3.5) - 1
        Assert.Equal(Math.Round((Math.Pow(2623.7 / 1591.5, 1 / 3.5) - 1) * 100, 6), Math.Round(cagr["compoundGrowth"]!["cagrPercent"]!.GetValue<double>(), 6));
        Assert.Equal("the series' total row (total)", shares["totalBasis"]!.GetValue<string>());
        var textiles = Assert.Single(shares["shares"]!.AsArray(), s => s!["dimensionId"]!.GetValue<string>() == "textiles-and-garments")!;
        Assert.Equal(Math.Round(66 / 284.0 * 100, 6), Math.Round(textiles["share"]!["sharePercent"]!.GetValue<double>(), 6));
        var gdp = await OkAsync("/api/v1/indicators/series-transformations?series=t1-real-gdp-shares&transformation=share&period=1991-1995");
        Assert.Equal("the series' total row (gdp)", gdp["totalBasis"]!.GetValue<string>());
        var agriculture = Assert.Single(gdp["shares"]!.AsArray(), s => s!["dimensionId"]!.GetValue<string>() == "agriculture")!;
        Assert.Equal(4.6, agriculture["share"]!["sharePercent"]!.GetValue<double>(), 9);
    }

    [Theory]
    [InlineData("/api/v1/indicators/series-transformations?series=t1-real-output-growth&transformation=log", "transformation")]
    [InlineData("/api/v1/indicators/series-transformations?series=t1-real-output-growth&transformation=change", "dimension")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr&from=1990&to=2006-2007", "from")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-government-investment-by-type&transformation=share", "period")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-government-investment-by-type&transformation=share&period=1990-1995", "period")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr&from=2006-2007&to=1990-1995", "to")]
    [InlineData("/api/v1/indicators/series-transformations?series=no-such&transformation=change", "series")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr,share", "transformation")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-government-investment-by-type&transformation=share&period=2001-2005&total=1e-310", "total")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
