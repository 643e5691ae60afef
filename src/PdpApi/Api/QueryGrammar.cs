using PdpApi.Data;
using System.Globalization;
using System.Text.Json;

namespace PdpApi.Api;

/// <summary>
/// Collects what is wrong with a request's query parameters, keyed by the parameter's name. A request has one, so
/// that unknown parameters, binding errors and the filters' own checks are reported together in one 400.
/// </summary>
public sealed class QueryErrors
{
    private static readonly object Key = new();
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>The request's errors so far (those <see cref="QueryParametersFilter"/> found before the action ran).</summary>
    public static QueryErrors Of(HttpContext context)
    {
        if (context.Items[Key] is not QueryErrors errors)
            context.Items[Key] = errors = new QueryErrors();
        return errors;
    }

    public void Add(string parameter, string message)
    {
        if (!_errors.TryGetValue(parameter, out var messages))
            _errors[parameter] = messages = [];
        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>An inclusive range of whole numbers; either end may be open.</summary>
public readonly record struct IntRange(int? From, int? To)
{
    public bool Contains(int value) => (From is null || value >= From) && (To is null || value <= To);
}

/// <summary>
/// The one filter grammar of every collection: several values as <c>a,b</c> (any of them matches) and ranges as
/// <c>1990..2007</c>, with open ends (<c>1990..</c>, <c>..2007</c>); a single number is a range of one.
/// </summary>
public static partial class QueryGrammar
{
    public const string ListSyntax = "Several values separated by commas match any of them.";
    public const string RangeSyntax = "A number (1995), or a range with '..' whose ends may be open (1990..2007, 1990.., ..2007).";

    public static IReadOnlyList<string> List(string? text, string parameter, QueryErrors errors)
    {
        if (text is null)
            return [];
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (items.Any(i => i.Length == 0))
        {
            errors.Add(parameter, $"'{text}' has an empty value; write values separated by single commas, such as a,b.");
            return [];
        }
        return items.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// A filter over ids (slugs such as <c>textiles</c> or <c>andean-community</c>): the ids as written, case ignored. Every
    /// slug filter reads its values here, so all match the same way: whole ids only, never words of a name (the
    /// collections that search names take <c>q</c>).
    /// </summary>
    public static List<string> Slugs(string? text, string parameter, QueryErrors errors) =>
        List(text, parameter, errors).Select(slug => slug.ToLowerInvariant()).ToList(); // List has dropped case-blind repeats

    /// <summary>
    /// A positional list ("0.3,0.3,0.2"): unlike a filter's values, repeated items count, because the n-th item goes with
    /// the n-th item of another list.
    /// </summary>
    public static IReadOnlyList<string> Items(string? text, string parameter, QueryErrors errors)
    {
        if (text is null)
            return [];
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (items.Any(i => i.Length == 0))
        {
            errors.Add(parameter, $"'{text}' has an empty item; separate the values with single commas, such as 0.3,0.2.");
            return [];
        }
        return items;
    }

    /// <summary>A positional list of finite numbers ("0.3,0.2"); null when the parameter is absent.</summary>
    public static double[]? Numbers(string? text, string parameter, QueryErrors errors)
    {
        if (text is null)
            return null;
        var numbers = new List<double>();
        foreach (var item in Items(text, parameter, errors))
        {
            if (double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                numbers.Add(number);
            else
                errors.Add(parameter, $"'{item}' is not a number (use a point for decimals: 0.25).");
        }
        return [.. numbers];
    }

    /// <summary>A list whose values must come from <paramref name="allowed"/> (matched without regard to case).</summary>
    public static IReadOnlyList<string> ListOf(string? text, IReadOnlyCollection<string> allowed, string parameter, QueryErrors errors)
    {
        var result = new List<string>();
        foreach (var item in List(text, parameter, errors))
        {
            var match = allowed.FirstOrDefault(a => string.Equals(a, item, StringComparison.OrdinalIgnoreCase));
            if (match is null)
                errors.Add(parameter, $"'{item}' is not one of: {string.Join(", ", allowed)}.");
            else
                result.Add(match);
        }
        return result;
    }

    /// <summary>A list of enum members written as the API prints them (kebab case), matched without regard to case.</summary>
    public static IReadOnlyList<T> EnumList<T>(string? text, string parameter, QueryErrors errors) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var item in List(text, parameter, errors))
        {
            if (EnumText.TryParse<T>(item, out var member))
                result.Add(member);
            else
                errors.Add(parameter, $"'{item}' is not one of: {string.Join(", ", EnumText.All<T>())}.");
        }
        return result;
    }

    public static IntRange? Range(string? text, string parameter, QueryErrors errors, int min, int max)
    {
        if (text is null)
            return null;
        if (!TryBounds(text, (bound, _) => ParseBound(bound), out var from, out var to))
        {
            errors.Add(parameter, $"'{text}' is not a number or a range. {RangeSyntax}");
            return null;
        }
        if (from > to)
        {
            errors.Add(parameter, $"'{text}' starts after it ends; write the smaller number first.");
            return null;
        }
        if (from < min || to > max || from > max || to < min)
        {
            errors.Add(parameter, $"'{text}' is outside {min}..{max}.");
            return null;
        }
        return new IntRange(from, to);
    }

    /// <summary>
    /// Splits a value or a range with '..' (either end open, not both) into its bounds, each read by
    /// <paramref name="bound"/> (told whether it is the upper end, where a value stands for all it covers); false when
    /// the text is neither.
    /// </summary>
    internal static bool TryBounds(string text, Func<string, bool, int?> bound, out int? from, out int? to)
    {
        var parts = text.Trim().Split("..");
        if (parts.Length == 1)
        {
            from = bound(parts[0], false);
            to = bound(parts[0], true);
            return from is not null && to is not null;
        }
        from = to = null;
        if (parts.Length != 2 || (parts[0].Length == 0 && parts[1].Length == 0))
            return false;
        from = parts[0].Length == 0 ? null : bound(parts[0], false);
        to = parts[1].Length == 0 ? null : bound(parts[1], true);
        return (from is not null || parts[0].Length == 0) && (to is not null || parts[1].Length == 0);
    }

    public const string PeriodSyntax =
        "A year (1991) returns the periods that contain it; a range (1990..1995, 2001.., ..1992) or a period as printed "
        + "(2001-2002) returns the periods that overlap it.";

    /// <summary>A year, a range with '..', or a period label such as "2001-2002" (read as 2001..2002).</summary>
    public static IntRange? PeriodRange(string? text, string parameter, QueryErrors errors)
    {
        if (text is not null && PeriodLabel().IsMatch(text.Trim()))
            text = text.Trim().Replace("-", "..", StringComparison.Ordinal);
        return Range(text, parameter, errors, 1900, 2100);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{4}$")]
    private static partial System.Text.RegularExpressions.Regex PeriodLabel();


    private static int? ParseBound(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
