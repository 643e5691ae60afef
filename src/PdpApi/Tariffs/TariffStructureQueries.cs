using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Tariffs;

/// <summary>Filters of /api/v1/tariffs/structure (Table A6), besides paging, sorting and format.</summary>
public sealed class TariffStructureQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<TariffStructureValue> Sorting = new SortFields<TariffStructureValue>()
        .Add("id", v => v.Id)
        .Add("year", v => v.Period.StartYear)
        .Add("value", v => v.Value);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Sector group id, such as <c>textiles-and-clothing</c>. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "group")]
    public string? Group { get; init; }

    /// <summary>Year: a year (2005) returns the columns that contain it ("2006/2007" contains 2006 and 2007); a range (2001..2003) the columns that overlap it.</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    /// <summary>simple-average-percent, standard-deviation-points or tariff-lines-count. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "indicator")]
    public IReadOnlyList<TariffStructureIndicator>? Indicator { get; init; }

    internal IQueryable<TariffStructureValue> Apply(IQueryable<TariffStructureValue> values, QueryErrors errors)
    {
        var groups = QueryGrammar.Slugs(Group, "group", errors);
        var years = QueryGrammar.PeriodRange(Year, "year", errors);
        var indicators = Indicator ?? [];
        var order = Sorting.Parse(Sort, errors);
        if (groups.Count > 0)
            values = values.Where(v => groups.Contains(v.SectorGroupId));
        values = values.WhereOverlaps(years, v => v.Period.StartYear, v => v.Period.EndYear);
        if (indicators.Count > 0)
            values = values.Where(v => indicators.Contains(v.Indicator));
        return order(values);
    }
}

/// <summary>Filters of /api/v1/tariffs/band-shares (Table A7), besides paging, sorting and format.</summary>
public sealed class TariffBandShareQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<TariffBandShare> Sorting = new SortFields<TariffBandShare>()
        .Add("id", s => s.Id)
        .Add("year", s => s.Year)
        .Add("sharePercent", s => s.SharePercent);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Sector group id, such as <c>all-goods</c>. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "group")]
    public string? Group { get; init; }

    /// <summary>Year (2001..2007; the table has no 2006): a year or a range.</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    /// <summary>Tariff band: 0, 0-5, 5-10, 10-15, 15-20 or over-20. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "band")]
    public IReadOnlyList<TariffBand>? Band { get; init; }

    /// <summary>confident or inferred: how the misaligned source cell was placed.</summary>
    [FromQuery(Name = "placement")]
    public IReadOnlyList<CellPlacement>? Placement { get; init; }

    internal IQueryable<TariffBandShare> Apply(IQueryable<TariffBandShare> shares, QueryErrors errors)
    {
        var groups = QueryGrammar.Slugs(Group, "group", errors);
        var years = QueryGrammar.Range(Year, "year", errors, 1900, 2100);
        var bands = Band ?? [];
        var placements = Placement ?? [];
        var order = Sorting.Parse(Sort, errors);
        if (groups.Count > 0)
            shares = shares.Where(s => groups.Contains(s.SectorGroupId));
        shares = shares.WhereIn(years, s => s.Year);
        if (bands.Count > 0)
            shares = shares.Where(s => bands.Contains(s.BandId));
        if (placements.Count > 0)
            shares = shares.Where(s => placements.Contains(s.Placement));
        return order(shares);
    }
}

/// <summary>Filters of /api/v1/tariffs/protection-growth-correlations (Table A8).</summary>
public sealed class ProtectionGrowthCorrelationQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<ProtectionGrowthCorrelation> Sorting = new SortFields<ProtectionGrowthCorrelation>()
        .Add("id", c => c.Id)
        .Add("period", c => c.Period.StartYear)
        .Add("coefficient", c => c.Coefficient);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Period: a year (1991) returns the periods that contain it, pooled ones included; a range overlaps.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>effective-protection or ad-valorem-tariff. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "measure")]
    public IReadOnlyList<ProtectionMeasure>? Measure { get; init; }

    internal IQueryable<ProtectionGrowthCorrelation> Apply(IQueryable<ProtectionGrowthCorrelation> correlations, QueryErrors errors)
    {
        var period = QueryGrammar.PeriodRange(Period, "period", errors);
        var measures = Measure ?? [];
        var order = Sorting.Parse(Sort, errors);
        correlations = correlations.WhereOverlaps(period, c => c.Period.StartYear, c => c.Period.EndYear);
        if (measures.Count > 0)
            correlations = correlations.Where(c => measures.Contains(c.Measure));
        return order(correlations);
    }
}

/// <summary>Paging, sorting and format of /api/v1/tariffs/sector-groups.</summary>
public sealed class SectorGroupQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<SectorGroup> Sorting = new SortFields<SectorGroup>()
        .Add("position", g => g.Position)
        .Add("id", g => g.Id)
        .Add("name", g => g.Name);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;
}
