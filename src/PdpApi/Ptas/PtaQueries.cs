using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Ptas;

/// <summary>Filters of /api/v1/ptas, besides paging, sorting and format.</summary>
public sealed class PtaQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<Pta> Sorting = new SortFields<Pta>()
        .Add("number", p => p.Number)
        .Add("startYear", p => p.StartYear)
        .Add("exportShare2006Percent", p => p.ExportShare2006Percent)
        .Add("importShare2006Percent", p => p.ImportShare2006Percent)
        .Add("averageTariffPercent", p => p.AverageTariffPercent);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>A partner or member (<c>Chile</c>, <c>Andean Community</c>) or words of the name, accents and case ignored.</summary>
    [FromQuery(Name = "partner")]
    public string? Partner { get; init; }

    /// <summary>Year the arrangement started: a year or a range (1990..2000).</summary>
    [FromQuery(Name = "startYear")]
    public string? StartYear { get; init; }

    internal IQueryable<Pta> Apply(IQueryable<Pta> ptas, QueryErrors errors)
    {
        var partners = QueryGrammar.List(Partner, "partner", errors).Select(TextKey.Fold).ToList();
        var years = QueryGrammar.Range(StartYear, "startYear", errors, 1900, 2100);
        var order = Sorting.Parse(Sort, errors);
        if (partners.Count == 1)
            ptas = ptas.Where(p => p.SearchText.Contains(partners[0]));
        else if (partners.Count > 1)
            ptas = ptas.Where(p => partners.Any(partner => p.SearchText.Contains(partner)));
        ptas = ptas.WhereIn(years, p => p.StartYear);
        return order(ptas);
    }
}

/// <summary>Filters of /api/v1/ptas/events, besides paging, sorting and format.</summary>
public sealed class PtaEventQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<PtaEvent> Sorting = new SortFields<PtaEvent>()
        .Add("position", e => e.Position)
        .Add("year", e => e.Year)
        .Add("date", e => (e.Year ?? 9999) * 10000 + (e.Month ?? 0) * 100 + (e.Day ?? 0));

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Arrangement id, such as <c>andean-community</c>. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "pta")]
    public string? Pta { get; init; }

    /// <summary>Year of the event: a year or a range (1990..1999).</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    /// <summary>Date of the event: a date at any precision (1997, 1997-08, 1997-08-01) returns the events dated within it; a range (1993..1997-07, 2006..) the events between. Undated events match no date.</summary>
    [FromQuery(Name = "date")]
    public string? Date { get; init; }

    internal IQueryable<PtaEvent> Apply(IQueryable<PtaEvent> events, QueryErrors errors)
    {
        var ptas = QueryGrammar.Slugs(Pta, "pta", errors);
        var years = QueryGrammar.Range(Year, "year", errors, 1900, 2100);
        var dates = IsoDates.Range(Date, "date", errors);
        var order = Sorting.Parse(Sort, errors);
        if (ptas.Count > 0)
            events = events.Where(e => e.PtaId != null && ptas.Contains(e.PtaId));
        events = events.WhereIn(years, e => e.Year);
        events = events.WhereIn(dates, e => e.Year * 10000 + (e.Month ?? 0) * 100 + (e.Day ?? 0));
        return order(events);
    }
}

/// <summary>Paging, sorting and format of /api/v1/ptas/preference-schemes.</summary>
public sealed class PreferenceSchemeQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<PreferenceScheme> Sorting = new SortFields<PreferenceScheme>()
        .Add("id", s => s.Id)
        .Add("year", s => s.Year);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;
}
