using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class EffectiveProtectionTests
{
    [Fact]
    public void Textbook_case_one_traded_input()
    {
        // Output tariff 40%, one input worth half the output at world prices with a 20% tariff:
        // ERP = (40 - 0.5 x 20) / (1 - 0.5) = 30 / 0.5 = 60%.
        var result = EffectiveProtection.Corden(40, [new ProtectionInput("steel", 0.5, 20)]);

        Assert.Equal(60, result.ErpPercent, 1e-12);
        Assert.Equal(0.5, result.ValueAddedShare, 1e-12);
        Assert.Equal(EffectiveProtectionMethod.Corden, result.Method);
    }

    [Fact]
    public void Corden_counts_non_traded_inputs_as_value_added()
    {
        // t = 30; traded a = 0.4 at 10%, 0.2 at 50%; non-traded a = 0.1.
        // numerator = 30 - (0.4 x 10 + 0.2 x 50) = 30 - 14 = 16
        // Corden: value added = 1 - 0.6 = 0.4, ERP = 16 / 0.4 = 40%.
        var result = EffectiveProtection.Corden(30, MixedInputs);

        Assert.Equal(0.6, result.TradedInputShare, 1e-12);
        Assert.Equal(0.1, result.NonTradedInputShare, 1e-12);
        Assert.Equal(0.4, result.ValueAddedShare, 1e-12);
        Assert.Equal(40, result.ErpPercent, 1e-9);
    }

    [Fact]
    public void Balassa_counts_non_traded_inputs_as_inputs_with_a_zero_tariff()
    {
        // Same inputs: value added = 1 - 0.6 - 0.1 = 0.3, ERP = 16 / 0.3 = 53.33%.
        var result = EffectiveProtection.Balassa(30, MixedInputs);

        Assert.Equal(0.3, result.ValueAddedShare, 1e-12);
        Assert.Equal(16 / 0.3, result.ErpPercent, 1e-9);
        Assert.Equal(EffectiveProtectionMethod.Balassa, result.Method);
    }

    [Fact]
    public void Balassa_equals_an_explicit_zero_tariff_traded_input()
    {
        var asNonTraded = EffectiveProtection.Balassa(30, MixedInputs);
        var asZeroTariff = EffectiveProtection.Corden(30, [.. MixedInputs.Select(i => i.IsTraded ? i : i with { IsTraded = true, TariffPercent = 0 })]);

        Assert.Equal(asZeroTariff.ErpPercent, asNonTraded.ErpPercent, 1e-9);
    }

    [Fact]
    public void Non_traded_input_needs_no_tariff()
    {
        var result = EffectiveProtection.Corden(10, [new ProtectionInput("services", 0.2, null, IsTraded: false)]);

        // No traded inputs: Corden ERP = (10 - 0) / 1 = 10.
        Assert.Equal(10, result.ErpPercent, 1e-12);
    }

    [Fact]
    public void Input_tariff_above_the_output_tariff_gives_negative_protection()
    {
        // ERP = (5 - 0.6 x 20) / 0.4 = (5 - 12) / 0.4 = -17.5%.
        var result = EffectiveProtection.Corden(5, [new ProtectionInput(null, 0.6, 20)]);

        Assert.Equal(-17.5, result.ErpPercent, 1e-9);
    }

    [Fact]
    public void No_inputs_leaves_the_nominal_tariff()
    {
        var result = EffectiveProtection.Balassa(12, []);

        Assert.Equal(12, result.ErpPercent);
        Assert.Equal(1, result.ValueAddedShare);
    }

    [Fact]
    public void Working_writes_the_rate_with_its_numbers()
    {
        var result = EffectiveProtection.Corden(40, [new ProtectionInput("steel", 0.5, 20)]);

        Assert.Equal("(40 - 10) / 0.5", result.Working[^1].Expression);
        Assert.Equal(60, result.Working[^1].Value, 1e-12);
    }

    [Theory]
    [InlineData(1.0, "inputs[1].coefficient")]
    [InlineData(-0.1, "inputs[1].coefficient")]
    [InlineData(double.NaN, "inputs[1].coefficient")]
    public void Coefficient_outside_zero_to_one_is_rejected_by_position(double coefficient, string parameter)
    {
        var e = Assert.Throws<IndicatorInputException>(() =>
            EffectiveProtection.Corden(10, [new ProtectionInput("a", 0.2, 5), new ProtectionInput("b", coefficient, 5)]));
        Assert.Equal(parameter, e.Parameter);
    }

    [Fact]
    public void Coefficients_adding_up_to_one_are_rejected_as_inputs()
    {
        var e = Assert.Throws<IndicatorInputException>(() =>
            EffectiveProtection.Balassa(10, [new ProtectionInput("a", 0.6, 5), new ProtectionInput("b", 0.4, null, false)]));
        Assert.Equal("inputs", e.Parameter);
    }

    [Fact]
    public void Traded_input_without_a_tariff_is_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => EffectiveProtection.Corden(10, [new ProtectionInput("a", 0.3, null)]));
        Assert.Equal("inputs[0].tariffPercent", e.Parameter);
    }

    [Theory]
    [InlineData(-100.0)]
    [InlineData(double.PositiveInfinity)]
    public void Output_tariff_at_or_below_minus_100_or_infinite_is_rejected(double tariff)
    {
        var e = Assert.Throws<IndicatorInputException>(() => EffectiveProtection.Corden(tariff, []));
        Assert.Equal("outputTariffPercent", e.Parameter);
    }

    [Fact]
    public void Ranking_puts_the_highest_first_ties_share_and_nulls_come_last()
    {
        var ranks = EffectiveProtection.Rank([("shoes", 37.9), ("sugar", 21.5), ("furniture", null), ("dairy", 45.9), ("paper", 21.5), ("fishmeal", -2.8)]);

        Assert.Equal(new[] { "dairy", "shoes", "sugar", "paper", "fishmeal", "furniture" }, ranks.Select(r => r.Id));
        Assert.Equal(new int?[] { 1, 2, 3, 3, 5, null }, ranks.Select(r => r.Rank));
    }

    [Fact]
    public void Ranking_of_nothing_is_empty()
    {
        Assert.Empty(EffectiveProtection.Rank([]));
    }

    [Fact]
    public void Ranking_rejects_repeated_ids()
    {
        var e = Assert.Throws<IndicatorInputException>(() => EffectiveProtection.Rank([("a", 1), ("a", 2)]));
        Assert.Equal("items[1].id", e.Parameter);
    }

    [Fact]
    public void Ranking_rejects_infinite_rates()
    {
        var e = Assert.Throws<IndicatorInputException>(() => EffectiveProtection.Rank([("a", double.NegativeInfinity)]));
        Assert.Equal("items[0].erp", e.Parameter);
    }

    private static readonly ProtectionInput[] MixedInputs =
    [
        new("cotton", 0.4, 10),
        new("dyes", 0.2, 50),
        new("electricity", 0.1, null, IsTraded: false),
    ];

    private static readonly Gen<ProtectionInput> Input =
        Gen.Select(Gen.Double[0, 0.15], Gen.Double[0, 60], Gen.Bool, (a, t, traded) => new ProtectionInput(null, a, t, traded));

    [Fact]
    public void Both_methods_agree_without_non_traded_inputs()
    {
        Gen.Select(Gen.Double[0, 80], Input.Array[0, 6]).Sample((t, inputs) =>
        {
            var traded = inputs.Select(i => i with { IsTraded = true }).ToArray();
            Assert.Equal(EffectiveProtection.Corden(t, traded).ErpPercent, EffectiveProtection.Balassa(t, traded).ErpPercent, 1e-9);
        });
    }

    [Fact]
    public void Balassa_rate_is_at_least_as_large_in_size_as_Corden_with_the_same_sign()
    {
        Gen.Select(Gen.Double[0, 80], Input.Array[0, 6]).Sample((t, inputs) =>
        {
            var corden = EffectiveProtection.Corden(t, inputs).ErpPercent;
            var balassa = EffectiveProtection.Balassa(t, inputs).ErpPercent;
            Assert.True(Math.Abs(balassa) >= Math.Abs(corden) - 1e-9);
            Assert.True(corden * balassa >= 0);
        });
    }

    [Fact]
    public void Uniform_tariff_on_output_and_traded_inputs_gives_that_rate_under_Corden()
    {
        // (t - sum a t) / (1 - sum a) = t when every traded input has the output's tariff.
        Gen.Select(Gen.Double[0, 80], Gen.Double[0, 0.15].Array[0, 6]).Sample((t, coefficients) =>
        {
            var result = EffectiveProtection.Corden(t, [.. coefficients.Select(a => new ProtectionInput(null, a, t))]);
            Assert.Equal(t, result.ErpPercent, 1e-9);
        });
    }
}
