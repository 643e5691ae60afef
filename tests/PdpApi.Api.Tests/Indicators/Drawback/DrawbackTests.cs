using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.Drawback;

namespace PdpApi.Api.Tests.Indicators.Drawback;

public sealed class DrawbackTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_gives_every_drawback_rule_in_order_with_what_it_checks()
    {
        var rules = await GatherAsync(DrawbackInputs.GatherAsync);

        Assert.Equal(24, rules.Count);
        Assert.Equal("objective", rules[0].Id);
        Assert.Equal(Domain.DrawbackRuleKind.Other, rules[0].Kind);
        Assert.Contains(rules, r => r.Kind == Domain.DrawbackRuleKind.RefundRate && r.Value == 5);
        Assert.Contains(rules, r => r.Kind == Domain.DrawbackRuleKind.MaximumFobPerTariffLine);
        Assert.Contains(rules, r => r.Kind == Domain.DrawbackRuleKind.MaximumTariffHeadingExportsPreviousYear);
        Assert.Contains(rules, r => r.Kind == Domain.DrawbackRuleKind.NoConcessionalOrPreferentialInputs);
    }

    [Fact]
    public async Task The_drawback_calculator_names_the_deciding_rule_and_its_decree()
    {
        var ok = await OkAsync("/api/v1/indicators/drawback?year=2000&fobExportValueUsd=100000&cifImportedInputsUsd=30000&hsHeading=0901110000&inputsUnderPreferentialRegime=false");
        var tooBig = await OkAsync("/api/v1/indicators/drawback?year=2000&fobExportValueUsd=25000000&cifImportedInputsUsd=0&hsHeading=0901110000&inputsUnderPreferentialRegime=false");

        Assert.True(ok["qualifies"]!.GetValue<bool>());
        Assert.Equal(5000, ok["refundUsd"]!.GetValue<double>(), 6);
        Assert.False(tooBig["qualifies"]!.GetValue<bool>());
        Assert.Null(tooBig["refundUsd"]);
        Assert.Equal("maximum-fob-per-tariff-line", tooBig["decidingRule"]!["kind"]!.GetValue<string>());
        Assert.StartsWith("Supreme Decree", tooBig["decidingRule"]!["instrument"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/indicators/drawback?year=1980&fobExportValueUsd=100000&cifImportedInputsUsd=0&hsHeading=0901&inputsUnderPreferentialRegime=false", "year")]
    [InlineData("/api/v1/indicators/drawback?year=2000&fobExportValueUsd=-5&cifImportedInputsUsd=0&hsHeading=0901&inputsUnderPreferentialRegime=false", "fobExportValueUsd")]
    [InlineData("/api/v1/indicators/drawback?year=2000&cifImportedInputsUsd=0&hsHeading=0901&inputsUnderPreferentialRegime=false", "fobExportValueUsd")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
