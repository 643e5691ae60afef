using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class DistributionTests
{
    // Table 7, December 1990: 2,177 lines at 15%, 1,945 at 25%, 1,147 at 50% (and 0 at 5%).
    private static readonly (double, double)[] December1990 = [(5, 0), (15, 2177), (25, 1945), (50, 1147)];

    [Fact]
    public void Mean_and_population_sd_of_Table_7_December_1990_by_hand()
    {
        // total = 2177 + 1945 + 1147 = 5269
        // mean = (15 x 2177 + 25 x 1945 + 50 x 1147) / 5269 = 138630 / 5269 = 26.310495...
        // E[x^2] = (225 x 2177 + 625 x 1945 + 2500 x 1147) / 5269 = 4572950 / 5269 = 867.897134...
        // variance = 867.897134 - 26.310495^2 = 175.654969; sd = 13.253489; cv = 13.253489 / 26.310495 = 0.503734
        var result = TariffDistribution.Describe(December1990);

        Assert.Equal(5269, result.TotalWeight);
        Assert.Equal(138630.0 / 5269, result.MeanPercent, 1e-12);
        Assert.Equal(175.65496861019852, result.StandardDeviation * result.StandardDeviation, 1e-9);
        Assert.Equal(13.25348892217436, result.StandardDeviation, 1e-9);
        Assert.Equal(0.503733918566953, result.CoefficientOfVariation!.Value, 1e-9);
        Assert.Null(result.CoefficientOfVariationReason);
    }

    [Fact]
    public void Table_7_printed_mean_and_sd_reproduce_from_December_1990_on()
    {
        // Printed (mean, sd) per column against the line counts of the same column.
        (double, double)[][] columns =
        [
            [(15, 2177), (25, 1945), (50, 1147)],        // Dec 1990: 26, 13
            [(5, 25), (15, 4294), (25, 950)],            // Jun 1991: 17, 4
            [(15, 4319), (25, 950)],                     // Dec 1991: 17, 4
            [(15, 4767), (25, 1716)],                    // Jun 1992: 18, 4
            [(15, 4779), (25, 1704)],                    // Dec 1992: 18, 4
            [(15, 5629), (25, 854)],                     // Dec 1993: 16, 3
        ];
        (double Mean, double Sd)[] printed = [(26, 13), (17, 4), (17, 4), (18, 4), (18, 4), (16, 3)];

        for (var i = 0; i < columns.Length; i++)
        {
            var result = TariffDistribution.Describe(columns[i]);
            Assert.True(Reproduction.Compare(result.MeanPercent, printed[i].Mean, printed[i].Mean.ToString(System.Globalization.CultureInfo.InvariantCulture)).Reproduces);
            Assert.True(Reproduction.Compare(result.StandardDeviation, printed[i].Sd, printed[i].Sd.ToString(System.Globalization.CultureInfo.InvariantCulture)).Reproduces);
        }
    }

    [Fact]
    public void Table_7_September_1990_line_counts_do_not_give_its_printed_mean_of_32()
    {
        // September 1990 prints the same line counts as December 1990 (mean 26.3) but a mean of 32 and an sd of 17.
        var result = TariffDistribution.Describe(December1990);

        Assert.False(Reproduction.Compare(result.MeanPercent, 32, "32").Reproduces);
        Assert.False(Reproduction.Compare(result.StandardDeviation, 17, "17").Reproduces);
    }

    [Fact]
    public void Peak_rate_and_its_share_ignore_rates_with_no_lines()
    {
        // The 5% rate has 0 lines, so the minimum is 15; peak 50% holds 1147 / 5269 x 100 = 21.7688% of the lines.
        var result = TariffDistribution.Describe(December1990);

        Assert.Equal(15, result.MinimumPercent);
        Assert.Equal(50, result.MaximumPercent);
        Assert.Equal(1147.0 / 5269 * 100, result.PeakSharePercent, 1e-12);
    }

    [Fact]
    public void Repeated_rate_adds_its_weights_at_the_peak()
    {
        // Two entries at 20%: peak share = (30 + 10) / 100 x 100 = 40.
        var result = TariffDistribution.Describe([(10, 60), (20, 30), (20, 10)]);

        Assert.Equal(40, result.PeakSharePercent, 1e-12);
    }

    [Fact]
    public void Shares_of_lines_by_band_midpoint_give_a_weighted_mean()
    {
        // Table A7-style shares (percent of lines) at band midpoints 2.5, 7.5, 15:
        // mean = (2.5 x 20 + 7.5 x 50 + 15 x 30) / 100 = (50 + 375 + 450) / 100 = 8.75
        // variance = (20 x 6.25^2 + 50 x 1.25^2 + 30 x 6.25^2) / 100 = (781.25 + 78.125 + 1171.875) / 100 = 20.3125
        var result = TariffDistribution.Describe([(2.5, 20), (7.5, 50), (15, 30)]);

        Assert.Equal(100, result.TotalWeight);
        Assert.Equal(8.75, result.MeanPercent, 1e-12);
        Assert.Equal(Math.Sqrt(20.3125), result.StandardDeviation, 1e-12);
    }

    [Fact]
    public void Single_rate_has_zero_dispersion_and_all_weight_at_the_peak()
    {
        var result = TariffDistribution.Describe([(12, 500)]);

        Assert.Equal(12, result.MeanPercent);
        Assert.Equal(0, result.StandardDeviation);
        Assert.Equal(0, result.CoefficientOfVariation);
        Assert.Equal(100, result.PeakSharePercent);
    }

    [Fact]
    public void Coefficient_of_variation_is_null_with_a_reason_when_the_mean_is_zero()
    {
        var result = TariffDistribution.Describe([(0, 10), (0, 5)]);

        Assert.Equal(0, result.MeanPercent);
        Assert.Null(result.CoefficientOfVariation);
        Assert.Contains("positive mean", result.CoefficientOfVariationReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_writes_the_mean_with_its_numbers()
    {
        var result = TariffDistribution.Describe([(15, 4319), (25, 950)]);

        var mean = Assert.Single(result.Working, w => w.Label.StartsWith("mean", StringComparison.Ordinal));
        Assert.Equal("(15 x 4319 + 25 x 950) / 5269", mean.Expression);
        Assert.Equal(result.MeanPercent, mean.Value);
    }

    [Fact]
    public void Empty_lines_are_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => TariffDistribution.Describe([]));
        Assert.Equal("lines", e.Parameter);
    }

    [Fact]
    public void Negative_weight_is_rejected_by_position()
    {
        var e = Assert.Throws<IndicatorInputException>(() => TariffDistribution.Describe([(10, 1), (20, -1)]));
        Assert.Equal("lines[1].weight", e.Parameter);
    }

    [Fact]
    public void Non_finite_rate_is_rejected_by_position()
    {
        var e = Assert.Throws<IndicatorInputException>(() => TariffDistribution.Describe([(double.NaN, 1)]));
        Assert.Equal("lines[0].ratePercent", e.Parameter);
    }

    [Fact]
    public void Weights_adding_up_to_zero_are_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => TariffDistribution.Describe([(10, 0), (20, 0)]));
        Assert.Equal("lines", e.Parameter);
    }

    private static readonly Gen<(double, double)[]> Lines =
        Gen.Select(Gen.Double[0, 100], Gen.Double[0.5, 1000]).Array[1, 30];

    [Fact]
    public void Mean_lies_between_minimum_and_maximum_and_sd_is_not_negative()
    {
        Lines.Sample(lines =>
        {
            var result = TariffDistribution.Describe(lines);
            Assert.InRange(result.MeanPercent, result.MinimumPercent - 1e-9, result.MaximumPercent + 1e-9);
            Assert.True(result.StandardDeviation >= 0);
            Assert.InRange(result.PeakSharePercent, 0, 100 + 1e-9);
            Assert.True(result.PeakSharePercent > 0);
        });
    }

    [Fact]
    public void Scaling_the_weights_changes_neither_mean_nor_sd()
    {
        Gen.Select(Lines, Gen.Double[0.01, 100]).Sample((lines, factor) =>
        {
            var a = TariffDistribution.Describe(lines);
            var b = TariffDistribution.Describe(lines.Select(l => (l.Item1, l.Item2 * factor)).ToArray());
            Assert.Equal(a.MeanPercent, b.MeanPercent, 1e-9);
            Assert.Equal(a.StandardDeviation, b.StandardDeviation, 1e-7);
            Assert.Equal(a.PeakSharePercent, b.PeakSharePercent, 1e-9);
        });
    }

    [Fact]
    public void Shifting_every_rate_shifts_the_mean_and_keeps_the_sd()
    {
        Gen.Select(Lines, Gen.Double[-50, 50]).Sample((lines, shift) =>
        {
            var a = TariffDistribution.Describe(lines);
            var b = TariffDistribution.Describe(lines.Select(l => (l.Item1 + shift, l.Item2)).ToArray());
            Assert.Equal(a.MeanPercent + shift, b.MeanPercent, 1e-9);
            Assert.Equal(a.StandardDeviation, b.StandardDeviation, 1e-6);
        });
    }
}
