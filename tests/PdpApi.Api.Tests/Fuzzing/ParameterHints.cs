using System.Globalization;
using System.Text.RegularExpressions;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>
/// The values a parameter's description offers. The document types almost every filter as a plain string and names its
/// accepted values in prose ("flow or stock", "Fields: id, name; default: id", "such as `promperu`", "(1..10, 20..)"),
/// so valid values are read from there.
/// </summary>
public static partial class ParameterHints
{
    /// <summary>Example and enumerated values the description names, as written.</summary>
    public static IReadOnlyList<string> Examples(string description)
    {
        var found = new List<string>();
        found.AddRange(Backticked().Matches(description).Select(m => m.Groups[1].Value));
        foreach (Match match in Parenthesized().Matches(description))
            found.AddRange(match.Groups[1].Value.Split(", ").Where(piece => Token().IsMatch(piece)));
        found.AddRange(Defaults().Matches(description).Select(m => m.Groups[1].Value.TrimEnd('.', ',')));
        var prose = Parenthesized().Replace(Backticked().Replace(description, ""), "");
        foreach (Match match in Alternatives().Matches(prose))
            found.AddRange(match.Value.Split([", ", " or ", ","], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
        foreach (Match match in Enumeration().Matches(prose))
            found.AddRange(match.Value.Split(", ").Select(s => s.Trim()));
        found.AddRange(Years().Matches(description).Select(m => m.Value));
        return found.Where(v => v.Length > 0 && v != "-").Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The sort fields listed after "Fields:".</summary>
    public static IReadOnlyList<string> SortFields(string description)
    {
        var match = SortFieldList().Match(description);
        return match.Success ? match.Groups[1].Value.Split(", ").Select(f => f.Trim()).ToList() : [];
    }

    /// <summary>The years the description mentions, as a span to draw from.</summary>
    public static (int From, int To)? YearSpan(string description)
    {
        var years = FourDigits().Matches(description).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : (years.Min(), Math.Max(years.Max(), years.Min()));
    }

    /// <summary>"2 to 10 digits": the lengths of a code made of digits.</summary>
    public static (int Min, int Max)? DigitCount(string description)
    {
        var match = Digits().Match(description);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Whether the parameter takes a year, a range of years or a period.</summary>
    public static bool TakesYears(ApiParameter parameter) =>
        parameter.Name is "year" or "period" or "from" or "to" || parameter.Name.EndsWith("Year", StringComparison.Ordinal)
        || parameter.Description.Contains("a range", StringComparison.Ordinal);

    /// <summary>Whether the description asks for a comma-separated list (of numbers or flags, one per input).</summary>
    public static bool IsCommaSeparated(string description) =>
        description.Contains("comma-separated", StringComparison.Ordinal);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^[\w.,\-/]{1,40}$")]
    private static partial Regex Token();

    [GeneratedRegex(@"default:? ([\w.,\-]+)")]
    private static partial Regex Defaults();

    [GeneratedRegex(@"\b[a-z0-9][a-z0-9-]*(?:, [a-z0-9][a-z0-9-]*)*,? or [a-z0-9][a-z0-9-]*\b")]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\b[a-z0-9][a-z0-9-]*(?:, [a-z0-9][a-z0-9-]*){2,}\b")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d(?:\.\.(?:(?:1[89]|20)\d\d)?|-(?:1[89]|20)\d\d|/(?:1[89]|20)\d\d)?")]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"Fields: ([^;]+);")]
    private static partial Regex SortFieldList();

    [GeneratedRegex(@"(\d+) to (\d+) digits")]
    private static partial Regex Digits();
}
