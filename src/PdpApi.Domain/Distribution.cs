using System.Globalization;

namespace PdpApi.Domain;

/// <summary>A tariff rate and its weight in a schedule.</summary>
/// <param name="RatePercent">The rate, percent.</param>
/// <param name="Weight">The number of tariff lines at the rate, or their share of all lines (percent).</param>
public sealed record TariffLine(double RatePercent, double Weight);

/// <summary>The distribution of a tariff schedule: how many tariff lines (or what share of them) carry each rate.</summary>
public sealed record TariffDistributionResult
{
    /// <summary>The (rate, weight) pairs the statistics were computed from, in the order given.</summary>
    public required IReadOnlyList<TariffLine> Lines { get; init; }

    /// <summary>The sum of the weights: the number of tariff lines, or about 100 when the weights are shares of lines.</summary>
    public required double TotalWeight { get; init; }

    /// <summary>The weighted mean rate, percent.</summary>
    public required double MeanPercent { get; init; }

    /// <summary>
    /// The population standard deviation of the rate across tariff lines, in percentage points (the weights are read
    /// as frequencies: the variance divides by the total weight).
    /// </summary>
    public required double StandardDeviation { get; init; }

    /// <summary>Standard deviation divided by the mean; null when the mean is not positive (see the reason).</summary>
    public required double? CoefficientOfVariation { get; init; }

    /// <summary>Why <see cref="CoefficientOfVariation"/> is null; null when it has a value.</summary>
    public required string? CoefficientOfVariationReason { get; init; }

    /// <summary>The lowest rate that carries a positive weight, percent.</summary>
    public required double MinimumPercent { get; init; }

    /// <summary>The highest rate that carries a positive weight (the peak rate), percent.</summary>
    public required double MaximumPercent { get; init; }

    /// <summary>The share of the total weight at the peak rate, percent (0-100].</summary>
    public required double PeakSharePercent { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>Mean, dispersion and peaks of a tariff schedule given as tariff lines by rate (Table 7) or shares of lines by band (Table A7).</summary>
public static class TariffDistribution
{
    /// <summary>
    /// Describes a tariff schedule. Each entry is a rate (percent) and its weight: the number of tariff lines at that
    /// rate (Table 7) or their share of all lines, percent (Table A7, with band midpoints chosen by the caller). Entries
    /// may repeat a rate; entries of weight 0 are kept in the totals but do not set the minimum or maximum.
    /// </summary>
    /// <exception cref="IndicatorInputException">
    /// <c>lines</c> is null or empty, or its weights add up to 0; <c>lines[i].ratePercent</c> is not finite;
    /// <c>lines[i].weight</c> is negative or not finite.
    /// </exception>
    public static TariffDistributionResult Describe(IReadOnlyList<(double RatePercent, double Weight)> lines)
    {
        if (lines is null || lines.Count == 0)
            throw new IndicatorInputException("lines", "Give at least one (rate, weight) pair.");
        for (var i = 0; i < lines.Count; i++)
        {
            if (!double.IsFinite(lines[i].RatePercent))
                throw new IndicatorInputException($"lines[{i}].ratePercent", "The rate must be a finite number (percent).");
            if (!double.IsFinite(lines[i].Weight) || lines[i].Weight < 0)
                throw new IndicatorInputException($"lines[{i}].weight", "The weight must be a finite number >= 0 (tariff lines, or percent of lines).");
        }

        var total = lines.Sum(l => l.Weight);
        if (!(total > 0))
            throw new IndicatorInputException("lines", "The weights must add up to more than 0.");

        var working = new List<WorkingStep>
        {
            new("total weight", string.Join(" + ", lines.Select(l => F(l.Weight))), total),
        };

        var mean = lines.Sum(l => l.RatePercent * l.Weight) / total;
        working.Add(new("mean rate (percent)",
            $"({string.Join(" + ", lines.Select(l => $"{F(l.RatePercent)} x {F(l.Weight)}"))}) / {F(total)}", mean));

        // Population variance: the weights count the tariff lines of the whole schedule, not a sample drawn from it, so
        // the squared deviations are divided by the total weight, not by (total - 1). It is also the only reading that
        // works when the weights are percent shares of lines (Table A7), where "total - 1" would be 99 whatever the
        // number of lines. With Table 7's thousands of lines the two differ only in the fourth digit.
        var variance = lines.Sum(l => l.Weight * (l.RatePercent - mean) * (l.RatePercent - mean)) / total;
        working.Add(new("variance (population, weights as frequencies)",
            $"({string.Join(" + ", lines.Select(l => $"{F(l.Weight)} x ({F(l.RatePercent)} - {F(mean)})^2"))}) / {F(total)}", variance));

        if (!double.IsFinite(mean) || !double.IsFinite(variance))
            throw new IndicatorInputException("lines", "The rates or weights are too large to compute with; give rates in percent and weights as line counts or shares.");
        var sd = Math.Sqrt(variance);
        working.Add(new("standard deviation (percentage points)", $"sqrt({F(variance)})", sd));

        double? cv = null;
        string? cvReason = null;
        if (mean > 0)
        {
            cv = sd / mean;
            working.Add(new("coefficient of variation", $"{F(sd)} / {F(mean)}", cv.Value));
        }
        else
        {
            cvReason = $"The coefficient of variation is defined only for a positive mean; the mean is {F(mean)}.";
        }

        var present = lines.Where(l => l.Weight > 0).ToList();
        var min = present.Min(l => l.RatePercent);
        var max = present.Max(l => l.RatePercent);
        var atPeak = present.Where(l => l.RatePercent == max).Sum(l => l.Weight);
        var peakShare = atPeak / total * 100;
        working.Add(new("minimum rate with a positive weight (percent)", $"min({string.Join(", ", present.Select(l => F(l.RatePercent)))})", min));
        working.Add(new("maximum (peak) rate with a positive weight (percent)", $"max({string.Join(", ", present.Select(l => F(l.RatePercent)))})", max));
        working.Add(new("share of the weight at the peak rate (percent)", $"{F(atPeak)} / {F(total)} x 100", peakShare));

        return new TariffDistributionResult
        {
            Lines = [.. lines.Select(l => new TariffLine(l.RatePercent, l.Weight))],
            TotalWeight = total,
            MeanPercent = mean,
            StandardDeviation = sd,
            CoefficientOfVariation = cv,
            CoefficientOfVariationReason = cvReason,
            MinimumPercent = min,
            MaximumPercent = max,
            PeakSharePercent = peakShare,
            Working = working,
        };
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
