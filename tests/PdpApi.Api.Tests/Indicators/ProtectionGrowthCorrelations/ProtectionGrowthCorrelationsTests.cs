using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.ProtectionGrowthCorrelations;

namespace PdpApi.Api.Tests.Indicators.ProtectionGrowthCorrelations;

public sealed class ProtectionGrowthCorrelationsTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_finds_table_a8s_pooled_row_for_a_span_and_its_first_year_where_there_is_none()
    {
        var inputs = await GatherAsync((db, cancel) => ProtectionGrowthCorrelationsInputs.GatherAsync(db, [Data.ProtectionMeasure.EffectiveProtection], cancel));

        Assert.Equal(4, inputs.Count);
        var pooled = Assert.Single(inputs, i => i.Period.Label == "1990-1992");
        Assert.Equal("1992-1990", pooled.Reported!.Period.Label);
        Assert.Equal(70, pooled.Reported.Observations);
        var recent = Assert.Single(inputs, i => i.Period.Label == "2006-2007");
        Assert.Equal("2006", recent.Reported!.Period.Label);
        Assert.Null(recent.Reported.Coefficient);
        Assert.All(inputs, i => Assert.Equal(29, i.Pairs.Count));
    }

    [Fact]
    public async Task Correlations_sit_beside_table_a8_and_say_why_2006_has_none()
    {
        var body = await OkAsync("/api/v1/indicators/protection-growth-correlations");

        var pooled = SingleResult(body, r => r["period"]!["label"]!.GetValue<string>() == "1990-1992" && r["measure"]!.GetValue<string>() == "effective-protection");
        Assert.Equal("1992-1990", pooled["reported"]!["periodAsPrinted"]!.GetValue<string>());
        Assert.Equal(70, pooled["reported"]!["observations"]!.GetValue<int>());
        Assert.InRange(pooled["pearson"]!["r"]!.GetValue<double>(), -1, 1);
        Assert.Equal(pooled["pearson"]!["n"]!.GetValue<int>(), pooled["pairs"]!.AsArray().Count(p => p!["protection"] is not null && p["outputGrowth"] is not null));
        Assert.Contains(pooled["pairs"]!.AsArray(), p => p!["protectionProvenance"]!["footnotes"]!.AsArray().Count > 0);
        var recent = SingleResult(body, r => r["period"]!["label"]!.GetValue<string>() == "2006-2007" && r["measure"]!.GetValue<string>() == "effective-protection");
        Assert.Null(recent["pearson"]!["r"]);
        Assert.NotNull(recent["pearson"]!["rReason"]);
    }

    [Theory]
    [InlineData("/api/v1/indicators/protection-growth-correlations?measure=output-growth", "measure")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
