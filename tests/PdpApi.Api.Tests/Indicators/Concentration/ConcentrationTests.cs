using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.Concentration;

namespace PdpApi.Api.Tests.Indicators.Concentration;

public sealed class ConcentrationTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_fdi_stocks_takes_leaf_sectors_and_the_quoted_five_sector_share()
    {
        var dataset = ConcentrationDatasets.All.Single(d => d.Name == ConcentrationDatasets.FdiStocks);
        var shares = await GatherAsync((db, cancel) => ConcentrationInputs.GatherAsync(db, dataset, new Api.IntRange(2007, 2007), cancel));

        var group = Assert.Single(shares.Groups);
        Assert.Equal("stock", group.Group);
        Assert.Equal(10, group.Values.Count);
        Assert.DoesNotContain(group.Values, v => v.Id is "primary" or "non-primary");
        var quoted = Assert.Single(shares.Quoted, q => q.StartYear == 2007);
        Assert.Equal(5, quoted.TopSectorsCount);
        Assert.Equal(86, quoted.Value);
    }

    [Fact]
    public async Task Gathering_a_series_dataset_takes_its_leaves_and_quotes_nothing()
    {
        var dataset = ConcentrationDatasets.All.Single(d => d.Name == "gdp-structure");
        var shares = await GatherAsync((db, cancel) => ConcentrationInputs.GatherAsync(db, dataset, null, cancel));

        Assert.NotEmpty(shares.Groups);
        Assert.All(shares.Groups, g => Assert.All(g.Values, v => Assert.Contains(v.Id, dataset.Leaves)));
        Assert.Empty(shares.Quoted);
    }

    [Fact]
    public async Task Fdi_concentration_uses_leaf_sectors_and_reproduces_the_texts_86_percent()
    {
        var body = await OkAsync("/api/v1/indicators/concentration?dataset=fdi-stocks&period=2007&k=5");

        var result = Assert.Single(body["results"]!.AsArray())!;
        var used = result["categoriesUsed"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(10, used.Count);
        Assert.DoesNotContain("primary", used);
        Assert.Equal(98.6, result["result"]!["inputTotal"]!.GetValue<double>());
        Assert.True(result["reported"]!["reproduces"]!.GetValue<bool>());
        Assert.Equal(85.8, result["reported"]!["computed"]!.GetValue<double>());
        var hhi = result["result"]!["hhi"]!.GetValue<double>();
        Assert.InRange(hhi, 1.0 / used.Count, 1);
    }

    [Fact]
    public async Task Negative_fdi_shares_are_left_out_and_named()
    {
        var body = await OkAsync("/api/v1/indicators/concentration?dataset=fdi-flows&period=2001-2005");

        var result = Assert.Single(body["results"]!.AsArray())!;
        Assert.Contains(result["excluded"]!.AsArray(), e => e!.GetValue<string>().StartsWith("telecommunications", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ntb_concentration_is_computed_per_country()
    {
        var body = await OkAsync("/api/v1/indicators/concentration?dataset=ntb-shares&k=1");

        Assert.Equal(11, body["results"]!.AsArray().Count);
        Assert.All(body["results"]!.AsArray(), r => Assert.Equal(4, r!["result"]!["n"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("/api/v1/indicators/concentration?dataset=gdp&period=2007", "dataset")]
    [InlineData("/api/v1/indicators/concentration?period=2007", "dataset")]
    [InlineData("/api/v1/indicators/concentration?dataset=fdi-stocks&period=2007&k=11", "k")]
    [InlineData("/api/v1/indicators/concentration?dataset=fdi-stocks&k=0", "k")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
