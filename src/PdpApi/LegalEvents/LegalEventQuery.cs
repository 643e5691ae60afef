using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.LegalEvents;

/// <summary>Filters of /api/v1/legal-events, besides paging, sorting and format.</summary>
public sealed class LegalEventQuery : CursorListQuery, ISortableQuery
{
    internal static readonly SortFields<LegalEvent> Sorting = new SortFields<LegalEvent>()
        .Add("date", e => e.DateKey)
        .Add("id", e => e.Id)
        .Add("eventType", e => e.EventType)
        .BreakTiesBy("id");

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Institution id (<c>promperu</c>): the acts that affected it. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "body")]
    public string? Body { get; init; }

    /// <summary>Year of the act: a year (1997) or a range (1990..2000, 2001..).</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    /// <summary>Date of the act: a date at any precision (2007, 2007-02, 2007-02-28) returns the acts dated within it; a range (1997-04..2001, 2002..) the acts between. Undated acts match no date.</summary>
    [FromQuery(Name = "date")]
    public string? Date { get; init; }

    /// <summary>law, legislative-decree, supreme-decree, decree-law, ministerial-resolution, emergency-decree or other.</summary>
    [FromQuery(Name = "instrumentType")]
    public IReadOnlyList<InstrumentType>? InstrumentType { get; init; }

    /// <summary>created, merged-into, renamed, transferred, deactivated, regulated, re-scoped, reform, tariff-change or other.</summary>
    [FromQuery(Name = "eventType")]
    public IReadOnlyList<LegalEventType>? EventType { get; init; }

    /// <summary>Administration id (<c>toledo-2001</c>): the acts dated within it. Several values match any of them.</summary>
    [FromQuery(Name = "administration")]
    public string? Administration { get; init; }

    /// <summary>Free text matched against the description and the instrument, ignoring accents and case (for example <c>035-97-EF</c>).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>true (the default) leaves out readings kept but not published where the paper gives the same act twice; false includes them.</summary>
    [FromQuery(Name = "publishedOnly")]
    public bool PublishedOnly { get; init; } = true;

    internal IQueryable<LegalEvent> Apply(IQueryable<LegalEvent> events, QueryErrors errors, string? body = null)
    {
        var bodies = body is null ? QueryGrammar.Slugs(Body, "body", errors) : [body];
        var years = QueryGrammar.Range(Year, "year", errors, 1900, 2100);
        var dates = IsoDates.Range(Date, "date", errors);
        var instruments = InstrumentType ?? [];
        var types = EventType ?? [];
        var administrations = QueryGrammar.Slugs(Administration, "administration", errors);
        var order = Sorting.Parse(Sort, errors);
        if (bodies.Count > 0)
            events = events.Where(e => e.Bodies.Any(b => bodies.Contains(b.InstitutionId)));
        events = events.WhereIn(years, e => e.Year);
        events = events.WhereIn(dates, e => e.Year == null ? null : e.DateKey);
        if (instruments.Count > 0)
            events = events.Where(e => e.InstrumentType != null && instruments.Contains(e.InstrumentType.Value));
        if (types.Count > 0)
            events = events.Where(e => types.Contains(e.EventType));
        if (administrations.Count > 0)
            events = events.Where(e => e.AdministrationId != null && administrations.Contains(e.AdministrationId));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = TextKey.Fold(Q);
            events = events.Where(e => e.SearchText.Contains(text));
        }
        if (PublishedOnly)
            events = events.Where(e => e.IsPublishedReading);
        return order(events);
    }
}

/// <summary>Paging, sorting and format of /api/v1/administrations.</summary>
public sealed class AdministrationQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<Administration> Sorting = new SortFields<Administration>().Add("startDate", a => a.StartDate).Add("id", a => a.Id);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;
}
