using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class SeriesTransformationsTests
{
    // Table 1, Part I: GDP growth by period.
    private static readonly SeriesPoint[] GdpGrowth =
    [
        new("1985-1990", 1985, 1990, -1.0),
        new("1991-1995", 1991, 1995, 5.6),
        new("1996-2000", 1996, 2000, 2.5),
        new("2001-2005", 2001, 2005, 4.2),
        new("2006-2007", 2006, 2007, 8.3),
    ];

    [Fact]
    public void Changes_by_hand()
    {
        // 5.6 - (-1.0) = 6.6; 2.5 - 5.6 = -3.1, percent (2.5 - 5.6) / 5.6 x 100 = -55.357
        var changes = SeriesTransformations.Changes(GdpGrowth);

        Assert.Equal(5, changes.Count);
        Assert.Null(changes[0].Change);
        Assert.Contains("first observation", changes[0].ChangeReason, StringComparison.Ordinal);
        Assert.Equal(6.6, changes[1].Change!.Value, 1e-12);
        Assert.Equal("5.6 - (-1)", changes[1].Working[0].Expression);
        Assert.Equal(-3.1, changes[2].Change!.Value, 1e-12);
        Assert.Equal(-3.1 / 5.6 * 100, changes[2].PercentChange!.Value, 1e-9);
        Assert.Equal("1991-1995", changes[2].PreviousPeriodLabel);
    }

    [Fact]
    public void Percent_change_from_a_negative_base_is_null_with_a_reason_but_the_change_remains()
    {
        var changes = SeriesTransformations.Changes(GdpGrowth);

        Assert.Equal(6.6, changes[1].Change!.Value, 1e-12);
        Assert.Null(changes[1].PercentChange);
        Assert.Contains("negative", changes[1].PercentChangeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_change_from_zero_is_null_with_a_reason()
    {
        var changes = SeriesTransformations.Changes([new("2001", 2001, 2001, 0), new("2002", 2002, 2002, 3)]);

        Assert.Equal(3, changes[1].Change);
        Assert.Null(changes[1].PercentChange);
        Assert.Contains("is 0", changes[1].PercentChangeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_propagate_as_null_never_as_zero()
    {
        SeriesPoint[] series =
        [
            new("1999", 1999, 1999, 10),
            new("2000", 2000, 2000, null),
            new("2001", 2001, 2001, 12),
        ];
        var changes = SeriesTransformations.Changes(series);

        Assert.Null(changes[1].Change);
        Assert.Contains("2000 is missing", changes[1].ChangeReason, StringComparison.Ordinal);
        Assert.Null(changes[2].Change);
        Assert.Contains("previous value (2000) is missing", changes[2].ChangeReason, StringComparison.Ordinal);
        Assert.Null(changes[2].PercentChange);
    }

    [Fact]
    public void Single_observation_has_no_change()
    {
        var change = Assert.Single(SeriesTransformations.Changes([new("2007", 2007, 2007, 4)]));

        Assert.Null(change.Change);
        Assert.Null(change.PercentChange);
    }

    [Fact]
    public void Cagr_between_single_years_by_hand()
    {
        // 100 (1990) to 121 (1992): (121 / 100)^(1/2) - 1 = 0.1, so 10 percent a year.
        var result = SeriesTransformations.CompoundAnnualGrowth(new("1990", 1990, 1990, 100), new("1992", 1992, 1992, 121));

        Assert.Equal(2, result.Years);
        Assert.Equal(10, result.CagrPercent!.Value, 1e-9);
    }

    [Fact]
    public void Cagr_counts_years_between_period_midpoints()
    {
        // 1991-1995 (midpoint 1993) to 2006-2007 (midpoint 2006.5): 13.5 years.
        // FDI stock as a percent of GDP, 6.2 to 14.5: (14.5 / 6.2)^(1/13.5) - 1 = 6.495 percent a year.
        var result = SeriesTransformations.CompoundAnnualGrowth(new("1991-1995", 1991, 1995, 6.2), new("2006-2007", 2006, 2007, 14.5));

        Assert.Equal(13.5, result.Years);
        Assert.Equal((Math.Pow(14.5 / 6.2, 1 / 13.5) - 1) * 100, result.CagrPercent!.Value, 1e-12);
        Assert.Equal("(2006 + 2007) / 2 - (1991 + 1995) / 2", result.Working[0].Expression);
    }

    [Theory]
    [InlineData(-1.0, 5.6)]
    [InlineData(0.0, 5.6)]
    [InlineData(3.0, -2.0)]
    public void Cagr_refuses_non_positive_values_with_a_reason(double first, double last)
    {
        var result = SeriesTransformations.CompoundAnnualGrowth(new("1990", 1990, 1990, first), new("2000", 2000, 2000, last));

        Assert.Null(result.CagrPercent);
        Assert.Contains("positive values", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cagr_with_a_missing_value_is_null_with_a_reason()
    {
        var result = SeriesTransformations.CompoundAnnualGrowth(new("1990", 1990, 1990, null), new("2000", 2000, 2000, 3));

        Assert.Null(result.CagrPercent);
        Assert.Contains("1990 is missing", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cagr_rejects_a_later_observation_that_is_not_later()
    {
        var e = Assert.Throws<IndicatorInputException>(() =>
            SeriesTransformations.CompoundAnnualGrowth(new("2000", 2000, 2000, 1), new("1995-2005", 1995, 2005, 2)));
        Assert.Equal("later", e.Parameter);
    }

    [Fact]
    public void Shares_of_a_total_by_hand_with_a_missing_value()
    {
        // 13.5 / 27 x 100 = 50; 18.1 / 27 x 100 = 67.037
        var shares = SeriesTransformations.SharesOfTotal(
            [new("1999-2000", 1999, 2000, 13.5), new("2001-2005", 2001, 2005, 18.1), new("2006-2007", 2006, 2007, null)], 27);

        Assert.Equal(50, shares[0].SharePercent!.Value, 1e-12);
        Assert.Equal(18.1 / 27 * 100, shares[1].SharePercent!.Value, 1e-12);
        Assert.Null(shares[2].SharePercent);
        Assert.NotNull(shares[2].Reason);
        Assert.Equal("13.5 / 27 x 100", shares[0].Working[0].Expression);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    public void Shares_reject_a_total_that_is_not_positive(double total)
    {
        var e = Assert.Throws<IndicatorInputException>(() => SeriesTransformations.SharesOfTotal([new("2000", 2000, 2000, 1)], total));
        Assert.Equal("total", e.Parameter);
    }

    [Fact]
    public void Observations_out_of_period_order_are_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() =>
            SeriesTransformations.Changes([new("2005-2007", 2005, 2007, 1), new("1995-2007", 1995, 2007, 2)]));
        Assert.Equal("observations[1]", e.Parameter);
    }

    [Fact]
    public void Overlapping_periods_sorted_by_start_then_end_are_accepted()
    {
        // Table A8's order by start year: 1990, 1990-1992, 1991.
        var changes = SeriesTransformations.Changes([new("1990", 1990, 1990, 1), new("1990-1992", 1990, 1992, 2), new("1991", 1991, 1991, 3)]);

        Assert.Equal(3, changes.Count);
    }

    [Fact]
    public void Two_observations_for_one_period_are_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() =>
            SeriesTransformations.Changes([new("2001", 2001, 2001, 1), new("2001", 2001, 2001, 2)]));
        Assert.Equal("observations[1]", e.Parameter);
    }

    [Fact]
    public void End_year_before_start_year_is_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => SeriesTransformations.Changes([new("x", 2001, 1999, 1)]));
        Assert.Equal("observations[0].endYear", e.Parameter);
    }

    [Fact]
    public void Empty_series_is_rejected()
    {
        var e = Assert.Throws<IndicatorInputException>(() => SeriesTransformations.Changes([]));
        Assert.Equal("observations", e.Parameter);
    }

    private static readonly Gen<SeriesPoint[]> Series =
        Gen.Double[0.1, 1000].Array[1, 20].Select(values => values.Select((v, i) => new SeriesPoint((2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), 2000 + i, 2000 + i, v)).ToArray());

    [Fact]
    public void Changes_add_up_to_the_difference_between_last_and_first()
    {
        Series.Sample(series =>
        {
            var total = SeriesTransformations.Changes(series).Skip(1).Sum(c => c.Change!.Value);
            Assert.Equal(series[^1].Value!.Value - series[0].Value!.Value, total, 1e-8);
        });
    }

    [Fact]
    public void Growing_at_the_cagr_from_the_first_value_reaches_the_last()
    {
        Gen.Select(Gen.Double[0.1, 1000], Gen.Double[0.1, 1000], Gen.Int[1, 40]).Sample((first, last, years) =>
        {
            var result = SeriesTransformations.CompoundAnnualGrowth(new("a", 1990, 1990, first), new("b", 1990 + years, 1990 + years, last));
            Assert.Equal(last, first * Math.Pow(1 + result.CagrPercent!.Value / 100, years), last * 1e-9);
        });
    }

    [Fact]
    public void Shares_of_the_series_own_sum_add_up_to_100()
    {
        Series.Sample(series =>
        {
            var shares = SeriesTransformations.SharesOfTotal(series, series.Sum(o => o.Value!.Value));
            Assert.Equal(100, shares.Sum(s => s.SharePercent!.Value), 1e-9);
        });
    }
}
