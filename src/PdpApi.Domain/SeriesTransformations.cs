using System.Globalization;

namespace PdpApi.Domain;

/// <summary>One observation of a series: a period (a year, or a span of years) and its value.</summary>
/// <param name="PeriodLabel">The period as shown ("1991-1995", "2007").</param>
/// <param name="StartYear">The first year of the period.</param>
/// <param name="EndYear">The last year of the period (equal to <paramref name="StartYear"/> for a single year).</param>
/// <param name="Value">The value; null when missing.</param>
public sealed record SeriesPoint(string PeriodLabel, int StartYear, int EndYear, double? Value);

/// <summary>The change of an observation from the one before it.</summary>
public sealed record SeriesChange
{
    /// <summary>The observation's period.</summary>
    public required string PeriodLabel { get; init; }

    /// <summary>The observation's value.</summary>
    public required double? Value { get; init; }

    /// <summary>The previous observation's period; null for the first observation.</summary>
    public required string? PreviousPeriodLabel { get; init; }

    /// <summary>The previous observation's value.</summary>
    public required double? PreviousValue { get; init; }

    /// <summary>Value minus the previous value, in the series' unit (percentage points for a series in percent).</summary>
    public required double? Change { get; init; }

    /// <summary>Why <see cref="Change"/> is null; null when it has a value.</summary>
    public required string? ChangeReason { get; init; }

    /// <summary>The change as a percent of the previous value; null when the previous value is missing or not positive.</summary>
    public required double? PercentChange { get; init; }

    /// <summary>Why <see cref="PercentChange"/> is null; null when it has a value.</summary>
    public required string? PercentChangeReason { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>The compound annual growth rate between two observations.</summary>
public sealed record CompoundGrowthResult
{
    /// <summary>The earlier observation.</summary>
    public required SeriesPoint Earlier { get; init; }

    /// <summary>The later observation.</summary>
    public required SeriesPoint Later { get; init; }

    /// <summary>Years between the midpoints of the two periods.</summary>
    public required double Years { get; init; }

    /// <summary>((later / earlier)^(1 / years) - 1) x 100; null when a value is missing or not positive (see <see cref="Reason"/>).</summary>
    public required double? CagrPercent { get; init; }

    /// <summary>Why <see cref="CagrPercent"/> is null; null when it has a value.</summary>
    public required string? Reason { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>An observation's value as a share of a given total.</summary>
public sealed record SeriesShare
{
    /// <summary>The observation's period.</summary>
    public required string PeriodLabel { get; init; }

    /// <summary>The observation's value.</summary>
    public required double? Value { get; init; }

    /// <summary>The total it is divided by.</summary>
    public required double Total { get; init; }

    /// <summary>Value / total x 100; null when the value is missing.</summary>
    public required double? SharePercent { get; init; }

    /// <summary>Why <see cref="SharePercent"/> is null; null when it has a value.</summary>
    public required string? Reason { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>Changes, growth rates and shares of a series. Missing values give null results with a reason, never 0.</summary>
public static class SeriesTransformations
{
    /// <summary>
    /// The change and percent change of each observation from the one immediately before it in the list (a missing
    /// previous value is not skipped over: the change is null).
    /// </summary>
    /// <param name="observations">The series, in period order: by start year, then end year, one observation per period.</param>
    /// <exception cref="IndicatorInputException">
    /// <c>observations</c> null or empty; <c>observations[i]</c> null, with an empty label, with an end year before its
    /// start year, with a value that is not finite, or out of period order.
    /// </exception>
    public static IReadOnlyList<SeriesChange> Changes(IReadOnlyList<SeriesPoint> observations)
    {
        RequireSeries(observations);
        var result = new List<SeriesChange>(observations.Count);
        for (var i = 0; i < observations.Count; i++)
        {
            var current = observations[i];
            var previous = i > 0 ? observations[i - 1] : null;
            var working = new List<WorkingStep>();
            double? change = null, percent = null;
            string? changeReason = null, percentReason = null;
            if (previous is null)
            {
                changeReason = percentReason = "This is the first observation: there is no previous one.";
            }
            else if (current.Value is null)
            {
                changeReason = percentReason = $"The value for {current.PeriodLabel} is missing.";
            }
            else if (previous.Value is null)
            {
                changeReason = percentReason = $"The previous value ({previous.PeriodLabel}) is missing.";
            }
            else
            {
                var v = current.Value.Value;
                var p = previous.Value.Value;
                change = v - p;
                working.Add(new("change", $"{F(v)} - {P(p)}", change.Value));
                if (p > 0)
                {
                    percent = (v - p) / p * 100;
                    working.Add(new("percent change", $"({F(v)} - {P(p)}) / {F(p)} x 100", percent.Value));
                }
                else
                {
                    // From a negative base the sign of a percent change misleads (a rise reads as a fall), and from 0 it
                    // divides by 0; the change itself remains.
                    percentReason = p == 0
                        ? $"The previous value ({previous.PeriodLabel}) is 0: a percent change from 0 is undefined."
                        : $"The previous value ({previous.PeriodLabel}) is negative ({F(p)}): a percent change from a negative base is not meaningful; use the change.";
                }
            }

            result.Add(new SeriesChange
            {
                PeriodLabel = current.PeriodLabel,
                Value = current.Value,
                PreviousPeriodLabel = previous?.PeriodLabel,
                PreviousValue = previous?.Value,
                Change = change,
                ChangeReason = changeReason,
                PercentChange = percent,
                PercentChangeReason = percentReason,
                Working = working,
            });
        }
        return result;
    }

    /// <summary>
    /// The compound annual growth rate between two observations: ((later / earlier)^(1 / years) - 1) x 100.
    /// </summary>
    /// <remarks>
    /// Years are counted between the midpoints of the two periods ((start year + end year) / 2): a value for a span of
    /// years (an average over 1991-1995) is centred on the span's middle, and for single years the midpoint is the year
    /// itself, so 1990 to 2007 is 17 years either way. Counting between end years would instead date a five-year
    /// average at its last year.
    /// </remarks>
    /// <exception cref="IndicatorInputException">
    /// <c>earlier</c> or <c>later</c> null, with an empty label, an end year before its start year or a value that is not
    /// finite; <c>later</c> not after <c>earlier</c> (its period's midpoint must be later).
    /// </exception>
    public static CompoundGrowthResult CompoundAnnualGrowth(SeriesPoint earlier, SeriesPoint later)
    {
        RequireObservation(earlier, "earlier");
        RequireObservation(later, "later");
        var startMid = Midpoint(earlier);
        var endMid = Midpoint(later);
        var years = endMid - startMid;
        if (!(years > 0))
            throw new IndicatorInputException("later", $"The later observation ({later.PeriodLabel}, midpoint {F(endMid)}) must come after the earlier one ({earlier.PeriodLabel}, midpoint {F(startMid)}).");

        var working = new List<WorkingStep>
        {
            new("years between the periods' midpoints", $"({later.StartYear} + {later.EndYear}) / 2 - ({earlier.StartYear} + {earlier.EndYear}) / 2", years),
        };

        CompoundGrowthResult Result(double? cagr, string? reason) => new()
        {
            Earlier = earlier, Later = later, Years = years, CagrPercent = cagr, Reason = reason, Working = working,
        };

        if (earlier.Value is null)
            return Result(null, $"The value for {earlier.PeriodLabel} is missing.");
        if (later.Value is null)
            return Result(null, $"The value for {later.PeriodLabel} is missing.");
        var v0 = earlier.Value.Value;
        var v1 = later.Value.Value;
        if (v0 <= 0 || v1 <= 0)
            return Result(null, $"A compound growth rate needs positive values at both ends; got {F(v0)} ({earlier.PeriodLabel}) and {F(v1)} ({later.PeriodLabel}).");

        var cagr = (Math.Pow(v1 / v0, 1 / years) - 1) * 100;
        working.Add(new("compound annual growth rate (percent)", $"(({F(v1)} / {F(v0)})^(1 / {F(years)}) - 1) x 100", cagr));
        return Result(cagr, null);
    }

    /// <summary>Each observation's value as a percent of the given total.</summary>
    /// <param name="observations">The series, in period order.</param>
    /// <param name="total">The total to divide by: a finite number above 0.</param>
    /// <exception cref="IndicatorInputException">
    /// <c>total</c> not a finite number above 0; <c>observations</c> invalid as for <see cref="Changes"/>.
    /// </exception>
    public static IReadOnlyList<SeriesShare> SharesOfTotal(IReadOnlyList<SeriesPoint> observations, double total)
    {
        // Shares may be of one period's categories (several observations of the same period), so no period order is required.
        if (observations is null || observations.Count == 0)
            throw new IndicatorInputException("observations", "Give at least one observation.");
        for (var i = 0; i < observations.Count; i++)
            RequireObservation(observations[i], $"observations[{i}]");
        if (!double.IsFinite(total) || total <= 0)
            throw new IndicatorInputException("total", "The total must be a finite number above 0.");
        return observations.Select(o =>
        {
            if (o.Value is null)
            {
                return new SeriesShare
                {
                    PeriodLabel = o.PeriodLabel, Value = null, Total = total, SharePercent = null,
                    Reason = $"The value for {o.PeriodLabel} is missing.", Working = [],
                };
            }
            var share = o.Value.Value / total * 100;
            if (!double.IsFinite(share))
                throw new IndicatorInputException("total", $"The total {F(total)} is too small to divide by; give the total in the series' unit.");
            return new SeriesShare
            {
                PeriodLabel = o.PeriodLabel, Value = o.Value, Total = total, SharePercent = share, Reason = null,
                Working = [new WorkingStep("share of the total (percent)", $"{F(o.Value.Value)} / {F(total)} x 100", share)],
            };
        }).ToList();
    }

    private static double Midpoint(SeriesPoint o) => (o.StartYear + o.EndYear) / 2.0;

    private static void RequireSeries(IReadOnlyList<SeriesPoint> observations)
    {
        if (observations is null || observations.Count == 0)
            throw new IndicatorInputException("observations", "Give at least one observation.");
        for (var i = 0; i < observations.Count; i++)
        {
            RequireObservation(observations[i], $"observations[{i}]");
            if (i > 0)
            {
                var (a, b) = (observations[i - 1], observations[i]);
                if (b.StartYear < a.StartYear || (b.StartYear == a.StartYear && b.EndYear <= a.EndYear))
                    throw new IndicatorInputException($"observations[{i}]", $"Observations must be in period order (by start year, then end year), one per period: {b.PeriodLabel} comes after {a.PeriodLabel}.");
            }
        }
    }

    private static void RequireObservation(SeriesPoint observation, string parameter)
    {
        if (observation is null)
            throw new IndicatorInputException(parameter, "The observation must be given.");
        if (string.IsNullOrWhiteSpace(observation.PeriodLabel))
            throw new IndicatorInputException($"{parameter}.periodLabel", "The period needs a label.");
        if (observation.EndYear < observation.StartYear)
            throw new IndicatorInputException($"{parameter}.endYear", "The end year must not be before the start year.");
        if (observation.Value is { } v && !double.IsFinite(v))
            throw new IndicatorInputException($"{parameter}.value", "The value must be a finite number or null (missing).");
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    // A subtrahend: negative numbers in parentheses, so "5.6 - (-1)" reads unambiguously.
    private static string P(double value) => value < 0 ? $"({F(value)})" : F(value);
}
