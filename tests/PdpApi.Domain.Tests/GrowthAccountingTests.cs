using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class GrowthAccountingTests
{
    // Table 1, Part III: GDP growth, Terms of Trade, Labor, Capital and the printed TFP row, per period.
    public static TheoryData<string, double, double, double, double, double, string> Table1Periods => new()
    {
        { "1981-1990", -1.6, -0.7, 1.0, 1.3, -4.0, "-4.0" },
        { "1991-2001", 3.8, -0.5, 1.2, 1.1, 1.5, "1.5" },
        { "2002-2004", 4.7, 11.7, 1.1, 2.6, 0.0, "0.0" },
        { "2005-2007", 7.4, 22.6, 1.0, 4.6, 1.9, "1.9" },
        { "1995-2007", 4.5, 7.6, 1.2, 3.2, 0.0, "0.0" },
    };

    [Fact]
    public void Residual_by_hand_for_1991_2001()
    {
        // TFP = 3.8 - 1.2 - 1.1 = 1.5, as printed.
        var result = GrowthAccounting.Residual(3.8, [new("labor", 1.2), new("capital", 1.1)]);

        Assert.Equal(2.3, result.ContributionsTotal, 1e-12);
        Assert.Equal(1.5, result.TfpGrowthPercent, 1e-12);
        Assert.Equal("3.8 - 1.2 - 1.1", result.Working[^1].Expression);
    }

    [Theory]
    [MemberData(nameof(Table1Periods))]
    public void Table_1_tfp_row_reproduces_as_gdp_growth_minus_labor_and_capital_except_2002_2004(
        string period, double gdp, double termsOfTrade, double labor, double capital, double tfp, string tfpAsPrinted)
    {
        _ = termsOfTrade;
        var result = GrowthAccounting.Residual(gdp, [new("labor", labor), new("capital", capital)]);
        // Three rounded inputs (0.05 each) beside the printed TFP's own 0.05.
        var check = Reproduction.Compare(result.TfpGrowthPercent, tfp, tfpAsPrinted, inputTolerance: 0.15);

        Assert.Equal(period != "2002-2004", check.Reproduces);
    }

    [Theory]
    [MemberData(nameof(Table1Periods))]
    public void Table_1_terms_of_trade_row_is_not_a_contribution(
        string period, double gdp, double termsOfTrade, double labor, double capital, double tfp, string tfpAsPrinted)
    {
        _ = period;
        var result = GrowthAccounting.Residual(gdp, [new("terms of trade", termsOfTrade), new("labor", labor), new("capital", capital)]);
        var check = Reproduction.Compare(result.TfpGrowthPercent, tfp, tfpAsPrinted, inputTolerance: 0.2);

        Assert.False(check.Reproduces);
    }

    [Fact]
    public void Negative_contribution_is_written_in_parentheses()
    {
        // 2.0 - 1.0 - (-0.5) = 1.5
        var result = GrowthAccounting.Residual(2.0, [new("labor", 1.0), new("capital", -0.5)]);

        Assert.Equal(1.5, result.TfpGrowthPercent, 1e-12);
        Assert.Equal("2 - 1 - (-0.5)", result.Working[^1].Expression);
    }

    [Fact]
    public void Solow_residual_by_hand()
    {
        // alpha = 0.4: capital 0.4 x 5 = 2; labour 0.6 x 2 = 1.2; TFP = 4.5 - 2 - 1.2 = 1.3
        var result = GrowthAccounting.Solow(4.5, 5, 2, 0.4);

        Assert.Equal(2, result.CapitalContributionPoints, 1e-12);
        Assert.Equal(1.2, result.LabourContributionPoints, 1e-12);
        Assert.Equal(1.3, result.TfpGrowthPercent, 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    [InlineData(double.NaN)]
    public void Solow_rejects_a_capital_share_outside_zero_to_one(double alpha)
    {
        var e = Assert.Throws<IndicatorInputException>(() => GrowthAccounting.Solow(3, 2, 1, alpha));
        Assert.Equal("capitalShare", e.Parameter);
    }

    [Theory]
    [InlineData(-100.0, 1.0, 1.0, "outputGrowthPercent")]
    [InlineData(3.0, double.PositiveInfinity, 1.0, "capitalGrowthPercent")]
    [InlineData(3.0, 1.0, -150.0, "labourGrowthPercent")]
    public void Solow_rejects_impossible_growth_rates(double gy, double gk, double gl, string parameter)
    {
        var e = Assert.Throws<IndicatorInputException>(() => GrowthAccounting.Solow(gy, gk, gl, 0.3));
        Assert.Equal(parameter, e.Parameter);
    }

    [Fact]
    public void Residual_needs_at_least_one_contribution()
    {
        var e = Assert.Throws<IndicatorInputException>(() => GrowthAccounting.Residual(3, []));
        Assert.Equal("contributions", e.Parameter);
    }

    [Fact]
    public void Residual_rejects_a_nameless_or_infinite_contribution()
    {
        var unnamed = Assert.Throws<IndicatorInputException>(() => GrowthAccounting.Residual(3, [new("labor", 1), new(" ", 1)]));
        Assert.Equal("contributions[1].factor", unnamed.Parameter);
        var infinite = Assert.Throws<IndicatorInputException>(() => GrowthAccounting.Residual(3, [new("labor", double.NaN)]));
        Assert.Equal("contributions[0].contributionPoints", infinite.Parameter);
    }

    [Fact]
    public void Residual_and_contributions_add_back_to_output_growth()
    {
        Gen.Select(Gen.Double[-20, 20], Gen.Double[-5, 5].Array[1, 5]).Sample((gdp, points) =>
        {
            var result = GrowthAccounting.Residual(gdp, [.. points.Select((p, i) => new FactorContribution("f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), p))]);
            Assert.Equal(gdp, result.TfpGrowthPercent + result.ContributionsTotal, 1e-9);
        });
    }

    [Fact]
    public void Solow_equals_the_residual_of_its_weighted_contributions()
    {
        Gen.Select(Gen.Double[-10, 15], Gen.Double[-10, 15], Gen.Double[-10, 15], Gen.Double[0.05, 0.95]).Sample((gy, gk, gl, alpha) =>
        {
            var solow = GrowthAccounting.Solow(gy, gk, gl, alpha);
            var residual = GrowthAccounting.Residual(gy, [new("capital", alpha * gk), new("labour", (1 - alpha) * gl)]);
            Assert.Equal(residual.TfpGrowthPercent, solow.TfpGrowthPercent, 1e-9);
        });
    }

    [Fact]
    public void Solow_residual_is_zero_when_output_grows_like_both_factors()
    {
        // Constant returns: g_Y = g_K = g_L = g leaves no residual whatever alpha.
        Gen.Select(Gen.Double[-10, 15], Gen.Double[0.05, 0.95]).Sample((g, alpha) =>
            Assert.Equal(0, GrowthAccounting.Solow(g, g, g, alpha).TfpGrowthPercent, 1e-9));
    }
}
