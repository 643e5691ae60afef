using System.Globalization;

namespace PdpApi.Domain;

/// <summary>
/// The variable specific duty of Peru's agricultural price band, step by step as Section 4.1 describes it (items vi and
/// vii, paper lines 554-559): "For each product, a moving average over the previous 60 months of international f.o.b.
/// prices is calculated and adjusted using the U.S. consumer price index. The floor price is this 60-month average
/// adjusted by adding a share of the standard deviation during the period. The specific duty is determined as the
/// difference between the floor and statutory reference prices increased by multiplying the difference by a 'margin'
/// factor to account for additional import costs (e.g., transport and insurance)."
/// </summary>
/// <remarks>
/// <para>Readings where the paper is not explicit:</para>
/// <list type="bullet">
/// <item><description>CPI adjustment: each month's f.o.b. price is multiplied by the caller's U.S. CPI factor for that
/// month (the factor that expresses it in current terms), and the mean and standard deviation are taken over the adjusted
/// prices. The sentence can also be read as adjusting the average after computing it; the paper gives no formula. With a
/// single factor for every month both readings agree.</description></item>
/// <item><description>Floor price = mean + k x standard deviation: the paper says "adding a share of the standard
/// deviation", so the share is added, not subtracted. k is the caller's: the paper does not say which share was used.</description></item>
/// <item><description>Standard deviation: the population form (divide by the 60 months of the window), since it describes
/// the dispersion "during the period" itself; the paper does not say. The sample form (divide by 59) would be larger by a
/// factor of sqrt(60 / 59), about 0.8 percent.</description></item>
/// <item><description>Margin factor: read literally as a multiplier of the difference, duty = (floor - reference) x
/// margin factor; "increased by multiplying" means the factor is at least 1. A markup rate m (for example 10 percent of
/// transport and insurance) is a factor of 1 + m. The paper gives no value.</description></item>
/// <item><description>Negative difference: the paper defines the duty only as the difference (item vi: "based on the
/// difference between a floor price and the f.o.b. import price") and mentions no rebate, so when the reference price is
/// at or above the floor the duty is 0; the signed difference is still reported.</description></item>
/// <item><description>Ceiling price: the paper defines none (it calls the mechanism a "price band", line 472, but only
/// the floor is described), so none is computed.</description></item>
/// <item><description>Reference price: item vii calls it the "statutory reference price", item vi "the f.o.b. import
/// price"; the caller gives it, in the same unit as the monthly prices (US$ per tonne).</description></item>
/// </list>
/// <para>The paper's 1999 ad-valorem equivalents (6 percent for rice, 21 maize, 27 milk, 54 sugar; line 559) cannot be
/// reproduced: the paper prints none of the prices, CPI factors, shares or margins behind them.</para>
/// </remarks>
public static class PriceBandCalculator
{
    /// <summary>The months the moving average and the standard deviation cover ("the previous 60 months", line 555).</summary>
    public const int WindowMonths = 60;

    /// <summary>The longest price series accepted: 50 years of months. Only the last 60 are used; the cap bounds the work.</summary>
    public const int MaxMonths = 600;

    /// <summary>The largest price accepted, US$ per tonne (far above any product of the price band).</summary>
    public const double MaxPrice = 1e9;

    /// <summary>The largest CPI factor, standard-deviation share and margin factor accepted.</summary>
    public const double MaxFactor = 1000;

    /// <summary>
    /// Computes the floor price and the specific duty from the last <see cref="WindowMonths"/> months of a price series.
    /// </summary>
    /// <param name="monthlyFobPrices">International f.o.b. prices, US$ per tonne, one per month, oldest first; at least
    /// 60. When more are given, the last 60 (the months before the duty is set) are used.</param>
    /// <param name="cpiFactors">U.S. CPI factors, one per month of <paramref name="monthlyFobPrices"/> and in the same
    /// order, each expressing that month's price in current terms (current CPI / that month's CPI).</param>
    /// <param name="standardDeviationShare">k, the share of the standard deviation added to the mean (0 or more).</param>
    /// <param name="marginFactor">The multiplier of the floor-minus-reference difference (1 or more).</param>
    /// <param name="referencePrice">The statutory reference (f.o.b. import) price, US$ per tonne (more than 0).</param>
    public static PriceBandResult Calculate(
        IReadOnlyList<double> monthlyFobPrices,
        IReadOnlyList<double> cpiFactors,
        double standardDeviationShare,
        double marginFactor,
        double referencePrice)
    {
        Validate(monthlyFobPrices, cpiFactors, standardDeviationShare, marginFactor, referencePrice);

        var working = new List<WorkingStep>();
        var firstMonth = monthlyFobPrices.Count - WindowMonths;
        var adjusted = new double[WindowMonths];
        for (var i = 0; i < WindowMonths; i++)
        {
            var month = firstMonth + i;
            adjusted[i] = monthlyFobPrices[month] * cpiFactors[month];
            working.Add(new WorkingStep(
                $"CPI-adjusted price, month {month + 1} of the series ({i + 1} of the window)",
                $"{F(monthlyFobPrices[month])} x {F(cpiFactors[month])}",
                adjusted[i]));
        }

        var sum = adjusted.Sum();
        var mean = sum / WindowMonths;
        working.Add(new WorkingStep(
            "mean of the CPI-adjusted prices (60-month moving average)",
            $"({string.Join(" + ", adjusted.Select(F))}) / {WindowMonths}",
            mean));

        // Deviations from the mean of a constant series can be a few ulps off zero; the two-pass form keeps them small.
        var squaredDeviations = adjusted.Sum(a => (a - mean) * (a - mean));
        working.Add(new WorkingStep(
            "sum of squared deviations from the mean",
            string.Join(" + ", adjusted.Select(a => $"({F(a)} - {F(mean)})^2")),
            squaredDeviations));

        var standardDeviation = Math.Sqrt(squaredDeviations / WindowMonths);
        working.Add(new WorkingStep(
            "standard deviation of the CPI-adjusted prices (population: divided by the 60 months)",
            $"sqrt({F(squaredDeviations)} / {WindowMonths})",
            standardDeviation));

        var floor = mean + standardDeviationShare * standardDeviation;
        working.Add(new WorkingStep(
            "floor price (mean plus a share of the standard deviation)",
            $"{F(mean)} + {F(standardDeviationShare)} x {F(standardDeviation)}",
            floor));

        var difference = floor - referencePrice;
        working.Add(new WorkingStep(
            "floor price minus reference price",
            $"{F(floor)} - {F(referencePrice)}",
            difference));

        var duty = difference > 0 ? difference * marginFactor : 0;
        working.Add(new WorkingStep(
            "specific duty (difference times the margin factor; 0 when the reference is at or above the floor)",
            difference > 0 ? $"{F(difference)} x {F(marginFactor)}" : $"{F(difference)} <= 0 -> 0",
            duty));

        if (!double.IsFinite(sum) || !double.IsFinite(squaredDeviations) || !double.IsFinite(floor) || !double.IsFinite(duty))
            throw new IndicatorInputException(nameof(monthlyFobPrices), "The prices and CPI factors are too large to compute with; give prices in US$ per tonne.");

        return new PriceBandResult
        {
            MonthsGiven = monthlyFobPrices.Count,
            FirstMonthUsed = firstMonth + 1,
            AdjustedPrices = adjusted,
            MeanAdjustedPrice = mean,
            StandardDeviation = standardDeviation,
            StandardDeviationShare = standardDeviationShare,
            FloorPrice = floor,
            ReferencePrice = referencePrice,
            FloorMinusReference = difference,
            MarginFactor = marginFactor,
            SpecificDuty = duty,
            Working = working,
        };
    }

    private static void Validate(
        IReadOnlyList<double> monthlyFobPrices,
        IReadOnlyList<double> cpiFactors,
        double standardDeviationShare,
        double marginFactor,
        double referencePrice)
    {
        if (monthlyFobPrices is null || monthlyFobPrices.Count < WindowMonths)
            throw new IndicatorInputException(nameof(monthlyFobPrices),
                $"Give at least {WindowMonths} monthly f.o.b. prices (the moving average covers the previous {WindowMonths} months); got {monthlyFobPrices?.Count ?? 0}.");
        if (monthlyFobPrices.Count > MaxMonths)
            throw new IndicatorInputException(nameof(monthlyFobPrices),
                $"Give at most {MaxMonths} monthly prices (only the last {WindowMonths} are used); got {monthlyFobPrices.Count}.");
        if (cpiFactors is null || cpiFactors.Count != monthlyFobPrices.Count)
            throw new IndicatorInputException(nameof(cpiFactors),
                $"Give one CPI factor per monthly price ({monthlyFobPrices.Count}); got {cpiFactors?.Count ?? 0}.");
        for (var i = 0; i < monthlyFobPrices.Count; i++)
        {
            if (!double.IsFinite(monthlyFobPrices[i]) || monthlyFobPrices[i] <= 0 || monthlyFobPrices[i] > MaxPrice)
                throw new IndicatorInputException($"{nameof(monthlyFobPrices)}[{i}]", $"A monthly f.o.b. price must be a number greater than 0 and at most {MaxPrice:0.#E+0} (US$ per tonne).");
        }
        for (var i = 0; i < cpiFactors.Count; i++)
        {
            if (!double.IsFinite(cpiFactors[i]) || cpiFactors[i] <= 0 || cpiFactors[i] > MaxFactor)
                throw new IndicatorInputException($"{nameof(cpiFactors)}[{i}]", $"A CPI factor must be a number greater than 0 and at most {MaxFactor} (current CPI / that month's CPI).");
        }
        if (!double.IsFinite(standardDeviationShare) || standardDeviationShare < 0 || standardDeviationShare > MaxFactor)
            throw new IndicatorInputException(nameof(standardDeviationShare), $"The share of the standard deviation must be a number from 0 to {MaxFactor} (1 adds one standard deviation).");
        if (!double.IsFinite(marginFactor) || marginFactor < 1 || marginFactor > MaxFactor)
            throw new IndicatorInputException(nameof(marginFactor), $"The margin factor multiplies the difference to increase it: a number from 1 to {MaxFactor} (1.1 adds 10 percent).");
        if (!double.IsFinite(referencePrice) || referencePrice <= 0 || referencePrice > MaxPrice)
            throw new IndicatorInputException(nameof(referencePrice), $"The reference price must be a number greater than 0 and at most {MaxPrice:0.#E+0} (US$ per tonne).");
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}

/// <summary>The floor price and specific duty of the price band, with the window and statistics they come from.</summary>
public sealed record PriceBandResult
{
    /// <summary>How many monthly prices the caller gave.</summary>
    public required int MonthsGiven { get; init; }

    /// <summary>The 1-based month of the series where the 60-month window starts (1 when exactly 60 were given).</summary>
    public required int FirstMonthUsed { get; init; }

    /// <summary>The 60 prices of the window, each times its CPI factor, oldest first (US$ per tonne, current terms).</summary>
    public required IReadOnlyList<double> AdjustedPrices { get; init; }

    /// <summary>Mean of <see cref="AdjustedPrices"/>: the 60-month moving average.</summary>
    public required double MeanAdjustedPrice { get; init; }

    /// <summary>Population standard deviation of <see cref="AdjustedPrices"/> (divided by 60).</summary>
    public required double StandardDeviation { get; init; }

    /// <summary>k, the share of the standard deviation added to the mean.</summary>
    public required double StandardDeviationShare { get; init; }

    /// <summary>Floor price: mean + k x standard deviation.</summary>
    public required double FloorPrice { get; init; }

    /// <summary>The statutory reference price the caller gave.</summary>
    public required double ReferencePrice { get; init; }

    /// <summary>Floor price minus reference price; negative when the reference is above the floor.</summary>
    public required double FloorMinusReference { get; init; }

    /// <summary>The multiplier applied to a positive difference.</summary>
    public required double MarginFactor { get; init; }

    /// <summary>The specific duty, US$ per tonne: (floor - reference) x margin factor when positive, else 0.</summary>
    public required double SpecificDuty { get; init; }

    /// <summary>Each step with the numbers used.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}
