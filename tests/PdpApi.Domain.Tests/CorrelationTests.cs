using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class CorrelationTests
{
    private static readonly (double?, double?)[] Small = [(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)];

    [Fact]
    public void Pearson_by_hand()
    {
        // mean x = 3, mean y = 4; dx = -2 -1 0 1 2; dy = -2 0 1 0 1
        // Sxy = 4 + 0 + 0 + 0 + 2 = 6; Sxx = 10; Syy = 6; r = 6 / sqrt(60) = 0.774597
        // t = r sqrt(3 / (1 - 0.6)) = sqrt(4.5) = 2.121320; two-sided p (3 df) = 0.124027
        var result = Correlation.Pearson(Small);

        Assert.Equal(6 / Math.Sqrt(60), result.R!.Value, 1e-12);
        Assert.Equal(5, result.N);
        Assert.Equal(3, result.DegreesOfFreedom);
        Assert.Equal(Math.Sqrt(4.5), result.T!.Value, 1e-12);
        Assert.Equal(0.124027062657554625, result.PValue!.Value, 1e-10);
        Assert.False(result.SignificantAt5Percent);
    }

    [Fact]
    public void Spearman_by_hand_with_tied_values_sharing_average_ranks()
    {
        // ranks of x: 1 2 3 4 5; y = 2 4 5 4 5 -> ranks 1 2.5 4.5 2.5 4.5
        // rank deviations: dx = -2 -1 0 1 2; dy = -2 -0.5 1.5 -0.5 1.5
        // Sxy = 4 + 0.5 + 0 - 0.5 + 3 = 7; Sxx = 10; Syy = 4 + 0.25 + 2.25 + 0.25 + 2.25 = 9; rs = 7 / sqrt(90)
        var result = Correlation.Spearman(Small);

        Assert.Equal(7 / Math.Sqrt(90), result.R!.Value, 1e-12);
        Assert.Equal(CorrelationMethod.Spearman, result.Method);
        Assert.Contains(result.Working, w => w.Expression == "2 -> 1, 4 -> 2.5, 5 -> 4.5, 4 -> 2.5, 5 -> 4.5");
    }

    [Theory]
    [InlineData(2.0, 10.0, 0.0733880347707404)]
    [InlineData(2.228, 10.0, 0.0500117718171114)]
    [InlineData(1.0, 1.0, 0.5)]                     // Cauchy: P(|T| > 1) = 1/2
    [InlineData(2.0, 2.0, 0.183503419072274)]       // df 2: p = 1 - t / sqrt(2 + t^2) = 1 - 2 / sqrt(6)
    [InlineData(30.0, 4.0, 7.35285609766132e-6)]
    [InlineData(0.5, 200.0, 0.617624752316460)]
    [InlineData(1.96, 1e6, 0.0499960675828294)]     // close to the normal's 0.05
    [InlineData(0.0, 5.0, 1.0)]
    public void Student_t_two_sided_p_values_match_known_values(double t, double df, double expected)
    {
        Assert.Equal(expected, Correlation.TwoSidedPValue(t, df), 1e-10);
        Assert.Equal(expected, Correlation.TwoSidedPValue(-t, df), 1e-10);
    }

    [Fact]
    public void Critical_t_at_5_percent_with_10_df_gives_p_of_005()
    {
        Assert.Equal(0.05, Correlation.TwoSidedPValue(2.2281388519649385, 10), 1e-9);
    }

    [Theory]
    // Table A8: only 2001 effective protection (0.475277, n = 25) is marked significant at 5%.
    [InlineData(0.475277, 25, 0.0163482582849391, true)]
    [InlineData(-0.473040, 10, 0.167341915012168, false)]
    [InlineData(-0.286554, 26, 0.155826294050451, false)]
    [InlineData(0.179997, 21, 0.434949037756442, false)]
    public void Table_A8_significance_marks_reproduce_from_r_and_n(double r, int n, double p, bool significant)
    {
        var test = Correlation.Significance(r, n);

        Assert.Equal(p, test.PValue!.Value, 1e-10);
        Assert.Equal(significant, test.SignificantAt5Percent);
    }

    [Fact]
    public void Pairs_with_a_missing_value_are_dropped_and_counted()
    {
        (double?, double?)[] pairs = [(1, 2), (null, 3), (2, 4), (3, null), (3, 5), (4, 4), (5, 5), (null, null)];
        // Shuffled in: the complete pairs are (1,2) (2,4) (3,5) (4,4) (5,5), the small sample above.
        var result = Correlation.Pearson(pairs);

        Assert.Equal(8, result.PairsGiven);
        Assert.Equal(5, result.N);
        Assert.Equal(3, result.PairsDropped);
        Assert.Equal(6 / Math.Sqrt(60), result.R!.Value, 1e-12);
    }

    [Fact]
    public void Two_pairs_give_r_but_no_p_value()
    {
        var result = Correlation.Pearson([(1, 3), (2, 1)]);

        Assert.Equal(-1, result.R);
        Assert.Equal(0, result.DegreesOfFreedom);
        Assert.Null(result.T);
        Assert.Null(result.PValue);
        Assert.Null(result.SignificantAt5Percent);
        Assert.Contains("0 degrees of freedom", result.PValueReason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_complete_pair_leaves_r_undefined()
    {
        var result = Correlation.Pearson([(1, 3), (null, 1)]);

        Assert.Null(result.R);
        Assert.Equal(1, result.N);
        Assert.Contains("at least 2", result.RReason, StringComparison.Ordinal);
        Assert.Null(result.PValue);
    }

    [Fact]
    public void Zero_variance_leaves_r_undefined_with_a_reason()
    {
        var result = Correlation.Pearson([(0.1, 1), (0.1, 2), (0.1, 3)]);

        Assert.Null(result.R);
        Assert.Contains("x takes one value", result.RReason, StringComparison.Ordinal);
        Assert.Null(result.T);
        Assert.Null(result.PValue);
    }

    [Fact]
    public void Perfect_correlation_with_three_or_more_pairs_has_p_zero_and_no_t()
    {
        var result = Correlation.Pearson([(1, 10), (2, 20), (3, 30), (4, 40)]);

        Assert.Equal(1, result.R);
        Assert.Null(result.T);
        Assert.NotNull(result.TReason);
        Assert.Equal(0, result.PValue);
        Assert.True(result.SignificantAt5Percent);
    }

    [Fact]
    public void Empty_pairs_are_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => Correlation.Pearson([]));
        Assert.Equal("pairs", e.Parameter);
    }

    [Fact]
    public void Non_finite_value_is_rejected_by_position()
    {
        var e = Assert.Throws<IndicatorInputException>(() => Correlation.Spearman([(1, 2), (2, double.NaN)]));
        Assert.Equal("pairs[1].y", e.Parameter);
    }

    [Theory]
    [InlineData(1.5, 10, "r")]
    [InlineData(0.5, 1, "n")]
    public void Significance_rejects_impossible_r_or_n(double r, int n, string parameter)
    {
        var e = Assert.Throws<IndicatorInputException>(() => Correlation.Significance(r, n));
        Assert.Equal(parameter, e.Parameter);
    }

    [Theory]
    [InlineData(double.NaN, 10.0, "t")]
    [InlineData(1.0, 0.0, "degreesOfFreedom")]
    public void P_value_rejects_bad_t_or_degrees_of_freedom(double t, double df, string parameter)
    {
        var e = Assert.Throws<IndicatorInputException>(() => Correlation.TwoSidedPValue(t, df));
        Assert.Equal(parameter, e.Parameter);
    }

    // Values on a 0.1 grid, so that none is so close to another that a transform merges them, and neither variable constant.
    private static readonly Gen<(double?, double?)[]> Pairs =
        Gen.Select(Gen.Int[-1000, 1000], Gen.Int[-1000, 1000], (x, y) => ((double?)(x / 10.0), (double?)(y / 10.0)))
            .Array[3, 40]
            .Where(pairs => pairs.Select(p => p.Item1).Distinct().Count() > 1 && pairs.Select(p => p.Item2).Distinct().Count() > 1);

    [Fact]
    public void R_lies_in_minus_one_to_one_and_p_in_zero_to_one()
    {
        Pairs.Sample(pairs =>
        {
            foreach (var result in new[] { Correlation.Pearson(pairs), Correlation.Spearman(pairs) })
            {
                Assert.InRange(result.R!.Value, -1, 1);
                Assert.InRange(result.PValue!.Value, 0, 1);
            }
        });
    }

    [Fact]
    public void Correlation_is_symmetric_in_x_and_y()
    {
        Pairs.Sample(pairs =>
        {
            var swapped = pairs.Select(p => (p.Item2, p.Item1)).ToArray();
            Assert.Equal(Correlation.Pearson(pairs).R!.Value, Correlation.Pearson(swapped).R!.Value, 1e-12);
            Assert.Equal(Correlation.Spearman(pairs).R!.Value, Correlation.Spearman(swapped).R!.Value, 1e-12);
        });
    }

    [Fact]
    public void Pearson_is_invariant_to_positive_affine_transforms()
    {
        Gen.Select(Pairs, Gen.Double[0.1, 10], Gen.Double[-50, 50]).Sample((pairs, scale, shift) =>
        {
            var transformed = pairs.Select(p => (p.Item1 * scale + shift, p.Item2)).ToArray();
            Assert.Equal(Correlation.Pearson(pairs).R!.Value, Correlation.Pearson(transformed).R!.Value, 1e-9);
        });
    }

    [Fact]
    public void Negating_one_variable_negates_r()
    {
        Pairs.Sample(pairs =>
        {
            var negated = pairs.Select(p => (-p.Item1, p.Item2)).ToArray();
            Assert.Equal(-Correlation.Pearson(pairs).R!.Value, Correlation.Pearson(negated).R!.Value, 1e-12);
        });
    }

    [Fact]
    public void Spearman_of_a_strictly_increasing_transform_is_one()
    {
        // Distinct values at least 0.01 apart, so that the transform keeps them distinct in floating point.
        Gen.Int[-500, 500].ArrayUnique[3, 40].Sample(ints =>
        {
            var xs = ints.Select(i => i / 100.0).ToArray();
            var result = Correlation.Spearman([.. xs.Select(x => ((double?)x, (double?)Math.Exp(x) + x * x * x))]);
            Assert.Equal(1, result.R!.Value, 1e-12);
        });
    }
}
