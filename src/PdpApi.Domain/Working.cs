using System.Globalization;

namespace PdpApi.Domain;

/// <summary>One step of a computation, with the formula written out with the numbers it used.</summary>
/// <param name="Label">What the step computes ("mean tariff").</param>
/// <param name="Expression">The formula with its numbers ("(10 x 120 + 15 x 80) / 200").</param>
/// <param name="Value">The step's result.</param>
public sealed record WorkingStep(string Label, string Expression, double Value);

/// <summary>A computed value beside the value the paper reports for the same measure, and whether they agree.</summary>
public sealed record Reproduction
{
    /// <summary>The value computed from the stored inputs.</summary>
    public required double Computed { get; init; }

    /// <summary>The value the paper prints; null when it reports none.</summary>
    public required double? Reported { get; init; }

    /// <summary>Computed minus reported; null when nothing is reported.</summary>
    public required double? Difference { get; init; }

    /// <summary>
    /// The largest difference rounding can explain: half a unit of the last printed digit of the reported value, plus
    /// whatever the caller adds for rounded inputs.
    /// </summary>
    public required double? Tolerance { get; init; }

    /// <summary>true when the difference is within the tolerance; false when it is not; null when nothing is reported.</summary>
    public required bool? Reproduces { get; init; }

    /// <summary>The comparison in one sentence, for a reader who does not want to weigh the numbers.</summary>
    public string Verdict => Reproduces switch
    {
        null => "The paper reports no value to compare with.",
        true => $"Reproduces the paper: {F(Computed)} computed against {F(Reported!.Value)} printed, within rounding ({F(Tolerance!.Value)}).",
        false => $"Does not reproduce the paper: {F(Computed)} computed against {F(Reported!.Value)} printed, a difference of {F(Difference!.Value)} that rounding ({F(Tolerance!.Value)}) does not explain.",
    };

    private static string F(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Compares <paramref name="computed"/> with the value printed as <paramref name="reportedAsPrinted"/> (its decimals
    /// set the rounding tolerance); <paramref name="inputTolerance"/> widens it for inputs that were themselves rounded.
    /// </summary>
    public static Reproduction Compare(double computed, double? reported, string? reportedAsPrinted, double inputTolerance = 0)
    {
        if (reported is null)
            return new Reproduction { Computed = computed, Reported = null, Difference = null, Tolerance = null, Reproduces = null };
        var tolerance = HalfLastDigit(reportedAsPrinted ?? reported.Value.ToString(CultureInfo.InvariantCulture)) + inputTolerance;
        var difference = Math.Round(computed - reported.Value, 10);
        return new Reproduction
        {
            Computed = computed,
            Reported = reported,
            Difference = difference,
            Tolerance = tolerance,
            Reproduces = Math.Abs(difference) <= tolerance + 1e-9,
        };
    }

    /// <summary>Half a unit of the last digit printed: "17.5" gives 0.05, "18" gives 0.5, "0.08" gives 0.005.</summary>
    public static double HalfLastDigit(string printed)
    {
        var text = printed.Trim();
        var point = text.LastIndexOfAny(['.', ',']);
        var decimals = point < 0 || point == text.Length - 1 ? 0 : text.Length - point - 1 - text[(point + 1)..].Count(c => !char.IsDigit(c));
        return 0.5 * Math.Pow(10, -decimals);
    }
}
