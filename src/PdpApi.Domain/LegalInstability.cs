using System.Globalization;

namespace PdpApi.Domain;

/// <summary>A date known to the year, the month or the day.</summary>
/// <param name="Year">The year (1-9999).</param>
/// <param name="Month">The month (1-12); null when only the year is known.</param>
/// <param name="Day">The day of the month; null when not known. Requires <paramref name="Month"/>.</param>
public sealed record LegalDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>Whether the day is known.</summary>
    public bool IsExact => Day is not null;

    /// <summary>
    /// The date as a decimal year, placed at the middle of the interval it names: the middle of the day for a full date,
    /// the middle of the month for a month, the middle of the year (year + 0.5) for a year only.
    /// </summary>
    /// <exception cref="IndicatorInputException">The date is not valid (<c>date.month</c>, <c>date.day</c>...).</exception>
    public double ToDecimalYear()
    {
        Validate("date");
        var daysInYear = DateTime.IsLeapYear(Year) ? 366.0 : 365.0;
        if (Month is not { } month)
            return Year + 0.5;
        var daysBeforeMonth = new DateOnly(Year, month, 1).DayOfYear - 1;
        if (Day is not { } day)
            return Year + (daysBeforeMonth + DateTime.DaysInMonth(Year, month) / 2.0) / daysInYear;
        return Year + (daysBeforeMonth + day - 0.5) / daysInYear;
    }

    internal void Validate(string parameter)
    {
        if (Year is < 1 or > 9999)
            throw new IndicatorInputException($"{parameter}.year", "The year must be between 1 and 9999.");
        if (Month is { } month && month is < 1 or > 12)
            throw new IndicatorInputException($"{parameter}.month", "The month must be between 1 and 12, or null.");
        if (Day is { } day)
        {
            if (Month is null)
                throw new IndicatorInputException($"{parameter}.day", "A day needs its month.");
            var days = DateTime.DaysInMonth(Year, Month.Value);
            if (day < 1 || day > days)
                throw new IndicatorInputException($"{parameter}.day", string.Create(CultureInfo.InvariantCulture, $"The day must be between 1 and {days} for {Year:D4}-{Month.Value:D2}."));
        }
    }

    /// <summary>The date as written: "1995-06-23", "1991-03" or "1991".</summary>
    public override string ToString() =>
        Month is null ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
}

/// <summary>A legal act concerning an institution.</summary>
/// <param name="InstitutionId">The institution the act concerns.</param>
/// <param name="Date">When the act was issued or took effect.</param>
/// <param name="EventType">What the act did ("created", "reform", "merged-into"...).</param>
/// <param name="AdministrationId">The administration (government) in office at the date; null when not determined.</param>
public sealed record LegalAct(string InstitutionId, LegalDate Date, string EventType, string? AdministrationId);

/// <summary>The number of acts concerning one institution.</summary>
/// <param name="InstitutionId">The institution.</param>
/// <param name="Acts">Its number of acts.</param>
/// <param name="FirstYear">The year of its earliest act.</param>
/// <param name="LastYear">The year of its latest act.</param>
public sealed record InstitutionActCount(string InstitutionId, int Acts, int FirstYear, int LastYear);

/// <summary>The number of acts issued under one administration.</summary>
/// <param name="AdministrationId">The administration; null for acts whose administration is not determined.</param>
/// <param name="Acts">The number of acts.</param>
public sealed record AdministrationActCount(string? AdministrationId, int Acts);

/// <summary>The number of acts in one decade.</summary>
/// <param name="DecadeStart">The decade's first year (1990 for 1990-1999).</param>
/// <param name="Label">"1990s".</param>
/// <param name="Acts">The number of acts.</param>
public sealed record DecadeActCount(int DecadeStart, string Label, int Acts);

/// <summary>The mean time between successive acts concerning one institution.</summary>
public sealed record InstitutionActInterval
{
    /// <summary>The institution.</summary>
    public required string InstitutionId { get; init; }

    /// <summary>Its number of acts.</summary>
    public required int Acts { get; init; }

    /// <summary>The number of intervals between successive acts (acts - 1, or 0).</summary>
    public required int Intervals { get; init; }

    /// <summary>Of those, how many have an end known only to the year or month (placed at its middle), so are approximate.</summary>
    public required int ApproximateIntervals { get; init; }

    /// <summary>The mean interval in years; null with fewer than 2 acts (see <see cref="Reason"/>).</summary>
    public required double? MeanIntervalYears { get; init; }

    /// <summary>Why <see cref="MeanIntervalYears"/> is null; null when it has a value.</summary>
    public required string? Reason { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>How often institutions' legal framework changed: acts per institution, administration and decade, and the time between acts.</summary>
public static class LegalInstability
{
    /// <summary>Acts per institution, most acts first (ties by id).</summary>
    /// <exception cref="IndicatorInputException">An event is invalid (see <see cref="MeanIntervals"/>).</exception>
    public static IReadOnlyList<InstitutionActCount> ActsPerInstitution(IReadOnlyList<LegalAct> events)
    {
        RequireEvents(events);
        return events
            .GroupBy(e => e.InstitutionId, StringComparer.Ordinal)
            .Select(g => new InstitutionActCount(g.Key, g.Count(), g.Min(e => e.Date.Year), g.Max(e => e.Date.Year)))
            .OrderByDescending(x => x.Acts)
            .ThenBy(x => x.InstitutionId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Acts per administration, in the order of each administration's earliest act; acts with no administration last.</summary>
    /// <exception cref="IndicatorInputException">An event is invalid (see <see cref="MeanIntervals"/>).</exception>
    public static IReadOnlyList<AdministrationActCount> ActsPerAdministration(IReadOnlyList<LegalAct> events)
    {
        RequireEvents(events);
        return events
            .GroupBy(e => e.AdministrationId, StringComparer.Ordinal)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Min(e => e.Date.ToDecimalYear()))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AdministrationActCount(g.Key, g.Count()))
            .ToList();
    }

    /// <summary>
    /// Acts per decade (1990s = 1990-1999), from the decade of the earliest act to that of the latest, decades without
    /// acts included with 0 so that the list is a continuous series.
    /// </summary>
    /// <exception cref="IndicatorInputException">An event is invalid (see <see cref="MeanIntervals"/>).</exception>
    public static IReadOnlyList<DecadeActCount> ActsPerDecade(IReadOnlyList<LegalAct> events)
    {
        RequireEvents(events);
        if (events.Count == 0)
            return [];
        var counts = events.GroupBy(e => Decade(e.Date.Year)).ToDictionary(g => g.Key, g => g.Count());
        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        var result = new List<DecadeActCount>();
        for (var decade = first; decade <= last; decade += 10)
            result.Add(new DecadeActCount(decade, decade.ToString(CultureInfo.InvariantCulture) + "s", counts.GetValueOrDefault(decade)));
        return result;
    }

    /// <summary>
    /// The mean interval in years between successive acts of each institution (institutions in id order). Dates known
    /// to the day are used as such; a date known only to the month is placed at the middle of the month, and one known
    /// only to the year at mid-year (see <see cref="LegalDate.ToDecimalYear"/>), so intervals ending at such dates are
    /// approximate (counted in <see cref="InstitutionActInterval.ApproximateIntervals"/>). The mean of the successive
    /// intervals equals (latest - earliest) / (acts - 1).
    /// </summary>
    /// <exception cref="IndicatorInputException">
    /// <c>events</c> null; <c>events[i]</c> null; <c>events[i].institutionId</c> or <c>events[i].eventType</c> empty;
    /// <c>events[i].administrationId</c> empty but not null; <c>events[i].date</c> null or not a valid date.
    /// </exception>
    public static IReadOnlyList<InstitutionActInterval> MeanIntervals(IReadOnlyList<LegalAct> events)
    {
        RequireEvents(events);
        return events
            .GroupBy(e => e.InstitutionId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Interval(g.Key, [.. g]))
            .ToList();
    }

    private static InstitutionActInterval Interval(string institutionId, List<LegalAct> acts)
    {
        var ordered = acts.Select((e, index) => (e, index)).OrderBy(x => x.e.Date.ToDecimalYear()).ThenBy(x => x.index).Select(x => x.e).ToList();
        var intervals = ordered.Count - 1;
        if (intervals < 1)
        {
            return new InstitutionActInterval
            {
                InstitutionId = institutionId, Acts = ordered.Count, Intervals = 0, ApproximateIntervals = 0,
                MeanIntervalYears = null, Reason = "One act only: there is no interval between acts.", Working = [],
            };
        }

        var positions = ordered.Select(e => e.Date.ToDecimalYear()).ToList();
        var approximate = 0;
        for (var i = 1; i < ordered.Count; i++)
        {
            if (!ordered[i].Date.IsExact || !ordered[i - 1].Date.IsExact)
                approximate++;
        }
        var mean = (positions[^1] - positions[0]) / intervals;
        var working = new List<WorkingStep>
        {
            new("acts in date order (decimal years)", string.Join(", ", ordered.Select((e, i) => $"{e.Date} -> {F(positions[i])}")), ordered.Count),
            new("mean interval between successive acts (years)", $"({F(positions[^1])} - {F(positions[0])}) / {intervals}", mean),
        };
        return new InstitutionActInterval
        {
            InstitutionId = institutionId, Acts = ordered.Count, Intervals = intervals, ApproximateIntervals = approximate,
            MeanIntervalYears = mean, Reason = null, Working = working,
        };
    }

    private static int Decade(int year) => year / 10 * 10;

    private static void RequireEvents(IReadOnlyList<LegalAct> events)
    {
        if (events is null)
            throw new IndicatorInputException("events", "Give the list of legal events (it may be empty).");
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new IndicatorInputException($"events[{i}]", "Each event must be given.");
            if (string.IsNullOrWhiteSpace(e.InstitutionId))
                throw new IndicatorInputException($"events[{i}].institutionId", "Each event needs the institution it concerns.");
            if (string.IsNullOrWhiteSpace(e.EventType))
                throw new IndicatorInputException($"events[{i}].eventType", "Each event needs its type.");
            if (e.AdministrationId is not null && string.IsNullOrWhiteSpace(e.AdministrationId))
                throw new IndicatorInputException($"events[{i}].administrationId", "The administration is an id, or null when not determined.");
            var date = e.Date ?? throw new IndicatorInputException($"events[{i}].date", "Each event needs its date (at least the year).");
            date.Validate($"events[{i}].date");
        }
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
