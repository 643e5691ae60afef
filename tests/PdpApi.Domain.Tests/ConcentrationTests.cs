using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class ConcentrationTests
{
    [Fact]
    public void Three_categories_by_hand()
    {
        // shares 0.5, 0.3, 0.2: HHI = 0.25 + 0.09 + 0.04 = 0.38 (3,800 points)
        // normalised = (0.38 - 1/3) / (1 - 1/3) = 0.046667 / 0.666667 = 0.07; equivalent number = 1 / 0.38 = 2.6316
        // CR-2 = 50 + 30 = 80
        var result = Concentration.Describe([("a", 30), ("b", 50), ("c", 20)], 2);

        Assert.Equal(3, result.N);
        Assert.Equal(100, result.InputTotal);
        Assert.Equal(80, result.ConcentrationRatioPercent, 1e-12);
        Assert.Equal(0.38, result.Hhi, 1e-12);
        Assert.Equal(3800, result.HhiPoints, 1e-8);
        Assert.Equal(0.07, result.NormalisedHhi!.Value, 1e-12);
        Assert.Equal(1 / 0.38, result.EquivalentNumber, 1e-12);
        Assert.Equal(new[] { "b", "a", "c" }, result.Shares.Select(s => s.Id));
        Assert.Equal(new[] { 1, 2, 3 }, result.Shares.Select(s => s.Rank));
    }

    [Fact]
    public void Table_17_stock_shares_2007_do_not_add_up_to_100_and_are_normalised()
    {
        // The ten leaf sectors of Table 17 (stock, 2007) add up to 98.6, not 100. The five largest (telecommunications
        // 22.3, mining 19.4, manufactures 17.3, finance 16.2, energy 10.6) hold 85.8 as printed (the text's "about 86
        // percent"), which is 85.8 / 98.6 x 100 = 87.02 percent of the total given.
        (string, double)[] sectors =
        [
            ("mining", 19.4), ("agriculture", 0.3), ("fishing", 1.0), ("petroleum-and-derivatives", 1.3),
            ("telecommunications", 22.3), ("finance", 16.2), ("energy", 10.6), ("manufactures", 17.3),
            ("others", 7.6), ("services", 2.6),
        ];
        var result = Concentration.Describe(sectors, 5);

        Assert.Equal(98.6, result.InputTotal, 1e-9);
        Assert.Equal(85.8 / 98.6 * 100, result.ConcentrationRatioPercent, 1e-9);
        Assert.Equal(0.16612288057140748, result.Hhi, 1e-12);
        Assert.Equal(6.019640380424012, result.EquivalentNumber, 1e-9);
    }

    [Fact]
    public void Values_in_any_unit_give_the_same_shares_as_percentages()
    {
        var money = Concentration.Describe([("a", 5_000_000), ("b", 3_000_000), ("c", 2_000_000)], 1);

        Assert.Equal(10_000_000, money.InputTotal);
        Assert.Equal(50, money.ConcentrationRatioPercent, 1e-12);
        Assert.Equal(0.38, money.Hhi, 1e-12);
    }

    [Fact]
    public void Hhi_of_equal_shares_is_one_over_n()
    {
        var result = Concentration.Describe([("a", 7), ("b", 7), ("c", 7), ("d", 7)], 2);

        Assert.Equal(0.25, result.Hhi, 1e-12);
        Assert.Equal(0, result.NormalisedHhi!.Value, 1e-12);
        Assert.Equal(4, result.EquivalentNumber, 1e-9);
        Assert.Equal(new[] { 1, 1, 1, 1 }, result.Shares.Select(s => s.Rank));
    }

    [Fact]
    public void Single_category_has_hhi_one_and_no_normalised_index()
    {
        var result = Concentration.Describe([("only", 12.5)], 1);

        Assert.Equal(1, result.Hhi);
        Assert.Equal(10_000, result.HhiPoints);
        Assert.Null(result.NormalisedHhi);
        Assert.Contains("n = 1", result.NormalisedHhiReason, StringComparison.Ordinal);
        Assert.Equal(100, result.ConcentrationRatioPercent);
        Assert.Equal(1, result.EquivalentNumber);
    }

    [Fact]
    public void Categories_with_zero_count_in_n()
    {
        // One category holds everything: HHI = 1, normalised = (1 - 1/3) / (1 - 1/3) = 1.
        var result = Concentration.Describe([("a", 0), ("b", 4), ("c", 0)], 1);

        Assert.Equal(3, result.N);
        Assert.Equal(1, result.Hhi);
        Assert.Equal(1, result.NormalisedHhi);
    }

    [Fact]
    public void Working_writes_cr_k_with_its_numbers()
    {
        var result = Concentration.Describe([("a", 30), ("b", 50), ("c", 20)], 2);

        var crk = Assert.Single(result.Working, w => w.Label.StartsWith("CR-2", StringComparison.Ordinal));
        Assert.Equal("(50 + 30) / 100 x 100", crk.Expression);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void K_outside_one_to_n_is_rejected(int k)
    {
        var e = Assert.Throws<IndicatorInputException>(() => Concentration.Describe([("a", 1), ("b", 2), ("c", 3)], k));
        Assert.Equal("k", e.Parameter);
    }

    [Fact]
    public void Negative_value_is_rejected_by_position()
    {
        var e = Assert.Throws<IndicatorInputException>(() => Concentration.Describe([("a", 1), ("b", -2)], 1));
        Assert.Equal("values[1].value", e.Parameter);
    }

    [Fact]
    public void Repeated_id_is_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => Concentration.Describe([("a", 1), ("a", 2)], 1));
        Assert.Equal("values[1].id", e.Parameter);
    }

    [Fact]
    public void Values_adding_up_to_zero_are_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => Concentration.Describe([("a", 0), ("b", 0)], 1));
        Assert.Equal("values", e.Parameter);
    }

    [Fact]
    public void Empty_values_are_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => Concentration.Describe([], 1));
        Assert.Equal("values", e.Parameter);
    }

    private static readonly Gen<(string, double)[]> Categories =
        Gen.Double[0.001, 1000].Array[1, 30].Select(xs => xs.Select((x, i) => ("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), x)).ToArray());

    [Fact]
    public void Hhi_lies_between_one_over_n_and_one()
    {
        Categories.Sample(values =>
        {
            var result = Concentration.Describe(values, 1);
            Assert.InRange(result.Hhi, 1.0 / values.Length, 1);
            Assert.InRange(result.EquivalentNumber, 1, values.Length + 1e-9);
            if (result.NormalisedHhi is { } normalised)
                Assert.InRange(normalised, 0, 1);
        });
    }

    [Fact]
    public void Concentration_ratio_grows_with_k_and_reaches_100_at_n()
    {
        Categories.Sample(values =>
        {
            var ratios = Enumerable.Range(1, values.Length).Select(k => Concentration.Describe(values, k).ConcentrationRatioPercent).ToList();
            for (var k = 1; k < ratios.Count; k++)
                Assert.True(ratios[k] >= ratios[k - 1]);
            Assert.Equal(100, ratios[^1]);
        });
    }

    [Fact]
    public void Hhi_does_not_change_when_every_value_is_scaled()
    {
        Gen.Select(Categories, Gen.Double[0.001, 1000]).Sample((values, factor) =>
        {
            var scaled = values.Select(v => (v.Item1, v.Item2 * factor)).ToArray();
            Assert.Equal(Concentration.Describe(values, 1).Hhi, Concentration.Describe(scaled, 1).Hhi, 1e-12);
        });
    }
}
