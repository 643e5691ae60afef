using System.Globalization;
using System.Text.RegularExpressions;

namespace PdpApi.Api;

/// <summary>
/// Dates at the precision the paper gives: ISO 8601 <c>2007-02-28</c>, <c>2007-02</c> or <c>2007</c>. Records keep
/// their year, month and day; <c>date</c> is the same value as one sortable string. Filters compare whole-number keys
/// (yyyymmdd, with 00 for a part the paper does not print), so a bound at one precision covers every date within it.
/// </summary>
public static partial class IsoDates
{
    /// <summary>The date as ISO 8601 at the precision printed; null without a year. A day counts only with its month.</summary>
    public static string? Format(int? year, int? month, int? day) => (year, month, day) switch
    {
        (null, _, _) => null,
        ({ } y, null, _) => y.ToString("D4", CultureInfo.InvariantCulture),
        ({ } y, { } m, null) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"),
        ({ } y, { } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>
    /// Parses a date or a range of dates into an inclusive range of yyyymmdd keys: <c>2007-02</c> is
    /// 20070200..20070299, which holds the events dated 2007-02 and every day of that month.
    /// </summary>
    public static IntRange? Range(string? text, string parameter, QueryErrors errors)
    {
        if (text is null)
            return null;
        if (!QueryGrammar.TryBounds(text, Bound, out var from, out var to))
        {
            errors.Add(parameter, $"'{text}' is not a date or a range of dates. A date is 2007, 2007-02 or 2007-02-28; a range joins two with '..', either end open (1997-04..2001, 2002.., ..1993-03-15).");
            return null;
        }
        if (from > to)
        {
            errors.Add(parameter, $"'{text}' starts after it ends; write the earlier date first.");
            return null;
        }
        return new IntRange(from, to);
    }

    /// <summary>The lowest (or with <paramref name="end"/> the highest) key a date at its precision covers; null when it is no date.</summary>
    private static int? Bound(string text, bool end)
    {
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12 || (day is not null && !DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            return null;
        return year * 10000 + (month ?? (end ? 99 : 0)) * 100 + (day ?? (end ? 99 : 0));
    }

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$")]
    private static partial Regex DatePattern();
}
