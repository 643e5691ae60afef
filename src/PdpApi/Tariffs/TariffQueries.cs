using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Tariffs;

/// <summary>Filters of /api/v1/tariffs/schedules, besides paging, sorting and format.</summary>
public sealed class TariffScheduleQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<TariffSchedule> Sorting = new SortFields<TariffSchedule>()
        .Add("id", s => s.Id)
        .Add("averageAdValoremPercent", s => s.AverageAdValoremPercent)
        .Add("standardDeviationPoints", s => s.StandardDeviationPoints);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Year of the snapshot: a year (1991) or a range (1990..1992, 1992..).</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    internal IQueryable<TariffSchedule> Apply(IQueryable<TariffSchedule> schedules, QueryErrors errors)
    {
        var years = QueryGrammar.Range(Year, "year", errors, 1900, 2100);
        var order = Sorting.Parse(Sort, errors);
        schedules = schedules.WhereIn(years, s => s.Year);
        return order(schedules);
    }
}

/// <summary>Filters of /api/v1/tariffs/sector-protection, besides paging, sorting and format.</summary>
public sealed class SectorProtectionQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<SectorProtectionValue> Sorting = new SortFields<SectorProtectionValue>()
        .Add("id", v => v.Id)
        .Add("sector", v => v.SectorPosition)
        .Add("period", v => v.Period.StartYear)
        .Add("measure", v => v.Measure)
        .Add("valuePercent", v => v.ValuePercent);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Sector slug, such as <c>textiles</c> or <c>leather-and-leather-products</c> (case ignored). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "sector")]
    public string? Sector { get; init; }

    /// <summary>Period, matched against the years each value covers (a footnote's years where its footnote gives them, so 2006 leaves out the three tariffs of 2007 printed under 2006-2007): a year (1991) returns the periods that contain it; a range (1990..1997) or a span (2001-2002) returns the periods that overlap it. To rebuild a column of the table as printed, use periodAsPrinted.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>Table 8's period column headings, lines 499, 520 and 537 (a test keeps them equal to the stored ones).</summary>
    internal static readonly IReadOnlyList<string> Columns = ["1990-1992", "1996-1997", "2001-2002", "2006-2007"];

    /// <summary>The column heading a value is printed under: 1990-1992, 1996-1997, 2001-2002 or 2006-2007, whatever years a footnote gives the value. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "periodAsPrinted")]
    public string? PeriodAsPrinted { get; init; }

    /// <summary>ad-valorem-tariff, effective-protection or output-growth. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "measure")]
    public IReadOnlyList<ProtectionMeasure>? Measure { get; init; }

    /// <summary>false leaves out the Simple Average row; true returns only it.</summary>
    [FromQuery(Name = "isAverage")]
    public bool? IsAverage { get; init; }

    internal IQueryable<SectorProtectionValue> Apply(IQueryable<SectorProtectionValue> values, QueryErrors errors)
    {
        var sectors = QueryGrammar.Slugs(Sector, "sector", errors);
        var period = QueryGrammar.PeriodRange(Period, "period", errors);
        var columns = QueryGrammar.ListOf(PeriodAsPrinted, Columns, "periodAsPrinted", errors);
        var measures = Measure ?? [];
        var order = Sorting.Parse(Sort, errors);

        if (sectors.Count > 0)
            values = values.Where(v => sectors.Contains(v.SectorId));
        values = values.WhereOverlaps(period, v => v.Period.StartYear, v => v.Period.EndYear);
        if (columns.Count > 0)
            values = values.Where(v => columns.Contains(v.PeriodAsPrinted));
        if (measures.Count > 0)
            values = values.Where(v => measures.Contains(v.Measure));
        if (IsAverage is { } isAverage)
            values = values.Where(v => v.IsAverage == isAverage);
        return order(values);
    }
}

/// <summary>Filters of /api/v1/tariffs/chronology, besides paging, sorting and format.</summary>
public sealed class TariffChangeQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<TariffChange> Sorting = new SortFields<TariffChange>()
        .Add("position", c => c.Position)
        .Add("date", c => (c.Year ?? 9999) * 10000 + (c.Month ?? 0) * 100 + (c.Day ?? 0))
        .Add("id", c => c.Id);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Year of the change: a year (1997) or a range (1990..1995, 1999..); undated changes match no year.</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    /// <summary>Date of the change: a date at any precision (1997, 1997-04, 1997-04-14) returns the changes dated within it; a range (1990..1993-03, 2001..) the changes between. Undated changes match no date.</summary>
    [FromQuery(Name = "date")]
    public string? Date { get; init; }

    /// <summary>Free text matched against the description and the instrument number (for example <c>surcharge</c> or <c>035-97-EF</c>).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    internal IQueryable<TariffChange> Apply(IQueryable<TariffChange> changes, QueryErrors errors)
    {
        var years = QueryGrammar.Range(Year, "year", errors, 1900, 2100);
        var dates = IsoDates.Range(Date, "date", errors);
        var order = Sorting.Parse(Sort, errors);
        changes = changes.WhereIn(years, c => c.Year);
        changes = changes.WhereIn(dates, c => c.Year * 10000 + (c.Month ?? 0) * 100 + (c.Day ?? 0));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = TextKey.Fold(Q);
            changes = changes.Where(c => c.SearchText.Contains(text));
        }
        return order(changes);
    }
}

/// <summary>Paging, sorting and format of /api/v1/tariffs/price-band-products.</summary>
public sealed class PriceBandProductQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<PriceBandProduct> Sorting = new SortFields<PriceBandProduct>()
        .Add("id", p => p.Id)
        .Add("adValoremEquivalent1999Percent", p => p.AdValoremEquivalent1999Percent);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;
}
