using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class PriceBandCalculatorTests
{
    private static double[] Repeat(double value, int count) => Enumerable.Repeat(value, count).ToArray();

    // 30 months at 90 then 30 months at 110 (US$/t).
    private static double[] TwoLevels() => [.. Repeat(90, 30), .. Repeat(110, 30)];

    private static double[] Ones(int count = 60) => Repeat(1, count);

    [Fact]
    public void Floor_and_duty_of_two_price_levels_by_hand()
    {
        // mean = (30 x 90 + 30 x 110) / 60 = 6000 / 60 = 100
        // squared deviations = 30 x (90 - 100)^2 + 30 x (110 - 100)^2 = 6000; sd = sqrt(6000 / 60) = 10
        // floor = 100 + 1 x 10 = 110; floor - reference = 110 - 80 = 30; duty = 30 x 1.1 = 33
        var result = PriceBandCalculator.Calculate(TwoLevels(), Ones(), standardDeviationShare: 1, marginFactor: 1.1, referencePrice: 80);

        Assert.Equal(100, result.MeanAdjustedPrice, 1e-12);
        Assert.Equal(10, result.StandardDeviation, 1e-12);
        Assert.Equal(110, result.FloorPrice, 1e-12);
        Assert.Equal(30, result.FloorMinusReference, 1e-12);
        Assert.Equal(33, result.SpecificDuty, 1e-12);
        Assert.Equal(60, result.AdjustedPrices.Count);
        Assert.Equal(1, result.FirstMonthUsed);
        Assert.Equal(60, result.MonthsGiven);
    }

    [Fact]
    public void Floor_adds_the_share_of_the_standard_deviation_to_the_mean()
    {
        // Line 555: "adjusted by adding a share of the standard deviation". floor = 100 + 0.5 x 10 = 105.
        var result = PriceBandCalculator.Calculate(TwoLevels(), Ones(), standardDeviationShare: 0.5, marginFactor: 1, referencePrice: 100);
        Assert.Equal(105, result.FloorPrice, 1e-12);
        Assert.Equal(5, result.SpecificDuty, 1e-12);
    }

    [Fact]
    public void Cpi_factors_multiply_each_month_before_averaging()
    {
        // 100 x 0.9 = 90 and 100 x 1.1 = 110 in alternate months: mean 100, sd 10 (as in the two-level case).
        // floor = 100 + 2 x 10 = 120; duty = (120 - 100) x 1.25 = 25.
        var factors = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? 0.9 : 1.1).ToArray();
        var result = PriceBandCalculator.Calculate(Repeat(100, 60), factors, standardDeviationShare: 2, marginFactor: 1.25, referencePrice: 100);

        Assert.Equal(90, result.AdjustedPrices[0], 1e-12);
        Assert.Equal(110, result.AdjustedPrices[1], 1e-12);
        Assert.Equal(100, result.MeanAdjustedPrice, 1e-12);
        Assert.Equal(10, result.StandardDeviation, 1e-12);
        Assert.Equal(120, result.FloorPrice, 1e-12);
        Assert.Equal(25, result.SpecificDuty, 1e-12);
    }

    [Fact]
    public void Only_the_last_60_months_are_used()
    {
        // Month 1 (1000) lies outside the window of months 2-61, which is the two-level series: floor 110, duty 33.
        double[] prices = [1000, .. TwoLevels()];
        var result = PriceBandCalculator.Calculate(prices, Ones(61), 1, 1.1, 80);

        Assert.Equal(61, result.MonthsGiven);
        Assert.Equal(2, result.FirstMonthUsed);
        Assert.Equal(100, result.MeanAdjustedPrice, 1e-12);
        Assert.Equal(33, result.SpecificDuty, 1e-12);
    }

    [Fact]
    public void Constant_prices_have_zero_deviation_and_floor_at_the_price()
    {
        // sd = 0, so floor = 250 + 3 x 0 = 250 for any share; duty = (250 - 200) x 1 = 50.
        var result = PriceBandCalculator.Calculate(Repeat(250, 60), Ones(), standardDeviationShare: 3, marginFactor: 1, referencePrice: 200);
        Assert.Equal(0, result.StandardDeviation);
        Assert.Equal(250, result.FloorPrice);
        Assert.Equal(50, result.SpecificDuty);
    }

    [Fact]
    public void Zero_share_puts_the_floor_at_the_mean()
    {
        var result = PriceBandCalculator.Calculate(TwoLevels(), Ones(), standardDeviationShare: 0, marginFactor: 1, referencePrice: 99);
        Assert.Equal(100, result.FloorPrice, 1e-12);
        Assert.Equal(1, result.SpecificDuty, 1e-12);
    }

    [Fact]
    public void Reference_above_the_floor_gives_no_duty()
    {
        // floor 110; 110 - 150 = -40 <= 0, so duty 0.
        var result = PriceBandCalculator.Calculate(TwoLevels(), Ones(), 1, 1.1, 150);
        Assert.Equal(-40, result.FloorMinusReference, 1e-12);
        Assert.Equal(0, result.SpecificDuty);
    }

    [Fact]
    public void Reference_at_the_floor_gives_no_duty()
    {
        var result = PriceBandCalculator.Calculate(Repeat(250, 60), Ones(), 1, 1.5, 250);
        Assert.Equal(0, result.FloorMinusReference);
        Assert.Equal(0, result.SpecificDuty);
    }

    [Fact]
    public void Working_shows_each_step_with_its_numbers()
    {
        var result = PriceBandCalculator.Calculate(Repeat(250, 60), Ones(), 1, 1.5, 200);

        // 60 adjusted prices, mean, squared deviations, sd, floor, difference, duty.
        Assert.Equal(66, result.Working.Count);
        Assert.Equal("250 x 1", result.Working[0].Expression);
        Assert.Equal("250 + 1 x 0", result.Working[^3].Expression);
        Assert.Equal("250 - 200", result.Working[^2].Expression);
        Assert.Equal("50 x 1.5", result.Working[^1].Expression);
        Assert.Equal(75, result.Working[^1].Value);
    }

    [Fact]
    public void Fewer_than_60_months_are_rejected()
    {
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(Repeat(100, 59), Ones(59), 1, 1, 100));
        Assert.Equal("monthlyFobPrices", error.Parameter);
    }

    [Fact]
    public void Missing_series_are_rejected()
    {
        Assert.Equal("monthlyFobPrices", Assert.Throws<IndicatorInputException>(
            () => PriceBandCalculator.Calculate(null!, Ones(), 1, 1, 100)).Parameter);
        Assert.Equal("cpiFactors", Assert.Throws<IndicatorInputException>(
            () => PriceBandCalculator.Calculate(Repeat(100, 60), null!, 1, 1, 100)).Parameter);
    }

    [Fact]
    public void Factors_and_prices_must_have_the_same_length()
    {
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(Repeat(100, 61), Ones(60), 1, 1, 100));
        Assert.Equal("cpiFactors", error.Parameter);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Prices_must_be_positive_and_finite(double bad)
    {
        var prices = Repeat(100, 60);
        prices[3] = bad;
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(prices, Ones(), 1, 1, 100));
        Assert.Equal("monthlyFobPrices[3]", error.Parameter);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Cpi_factors_must_be_positive_and_finite(double bad)
    {
        var factors = Ones();
        factors[3] = bad;
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(Repeat(100, 60), factors, 1, 1, 100));
        Assert.Equal("cpiFactors[3]", error.Parameter);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Share_of_the_standard_deviation_must_be_zero_or_more(double share)
    {
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(TwoLevels(), Ones(), share, 1, 100));
        Assert.Equal("standardDeviationShare", error.Parameter);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Margin_factor_must_be_at_least_one(double margin)
    {
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(TwoLevels(), Ones(), 1, margin, 100));
        Assert.Equal("marginFactor", error.Parameter);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Reference_price_must_be_positive_and_finite(double reference)
    {
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(TwoLevels(), Ones(), 1, 1, reference));
        Assert.Equal("referencePrice", error.Parameter);
    }

    [Fact]
    public void Prices_too_large_to_compute_are_rejected()
    {
        // 1e300 x 1e10 overflows to infinity.
        var error = Assert.Throws<IndicatorInputException>(() => PriceBandCalculator.Calculate(Repeat(1e300, 60), Repeat(1e10, 60), 1, 1, 100));
        Assert.StartsWith("monthlyFobPrices", error.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_longer_than_the_cap_is_rejected_before_any_work()
    {
        var error = Assert.Throws<IndicatorInputException>(() =>
            PriceBandCalculator.Calculate(Repeat(100, PriceBandCalculator.MaxMonths + 1), Repeat(1, PriceBandCalculator.MaxMonths + 1), 1, 1, 100));

        Assert.Equal("monthlyFobPrices", error.Parameter);
        Assert.Contains("at most 600", error.Problem, StringComparison.Ordinal);
        var longest = PriceBandCalculator.Calculate(Repeat(100, PriceBandCalculator.MaxMonths), Repeat(1, PriceBandCalculator.MaxMonths), 1, 1, 100);
        Assert.Equal(PriceBandCalculator.MaxMonths, longest.MonthsGiven);
        Assert.Equal(PriceBandCalculator.WindowMonths, longest.AdjustedPrices.Count);
    }

    private static readonly Gen<(double[] Prices, double[] Factors, double Share, double Margin)> Band =
        Gen.Select(Gen.Double[1, 2000].Array[60, 72], Gen.Double[0, 3], Gen.Double[1, 1.5])
            .SelectMany(t => Gen.Double[0.5, 2].Array[t.Item1.Length].Select(f => (t.Item1, f, t.Item2, t.Item3)));

    [Fact]
    public void Duty_is_never_negative_and_is_the_positive_difference_times_the_margin()
    {
        Gen.Select(Band, Gen.Double[1, 5000]).Sample((band, reference) =>
        {
            var result = PriceBandCalculator.Calculate(band.Prices, band.Factors, band.Share, band.Margin, reference);
            Assert.True(result.SpecificDuty >= 0);
            Assert.Equal(Math.Max(0, result.FloorPrice - reference) * band.Margin, result.SpecificDuty);
            Assert.True(result.FloorPrice >= result.MeanAdjustedPrice);
        });
    }

    [Fact]
    public void Duty_does_not_increase_with_the_reference_price()
    {
        Gen.Select(Band, Gen.Double[1, 5000], Gen.Double[1, 5000]).Sample((band, a, b) =>
        {
            var (low, high) = (Math.Min(a, b), Math.Max(a, b));
            var atLow = PriceBandCalculator.Calculate(band.Prices, band.Factors, band.Share, band.Margin, low);
            var atHigh = PriceBandCalculator.Calculate(band.Prices, band.Factors, band.Share, band.Margin, high);
            Assert.True(atHigh.SpecificDuty <= atLow.SpecificDuty);
        });
    }
}
