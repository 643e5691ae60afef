using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Fdi;

/// <summary>Filters of the Table 17 collections, besides paging, sorting and format.</summary>
public sealed class FdiValueQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<FdiValue> Sorting = new SortFields<FdiValue>()
        .Add("id", v => v.Id)
        .Add("sector", v => v.SectorPosition)
        .Add("period", v => v.Period.StartYear)
        .Add("value", v => v.Value);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Sector slug, such as <c>mining</c> (totals: <c>total</c>, <c>inward-fdi</c>, <c>outward-fdi</c>). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "sector")]
    public string? Sector { get; init; }

    /// <summary><c>flow</c> or <c>stock</c>.</summary>
    [FromQuery(Name = "flowOrStock")]
    public IReadOnlyList<FlowOrStock>? FlowOrStock { get; init; }

    /// <summary>Period: a year (2006) returns the periods that contain it; a range or a period as printed (1996-2000) the periods that overlap it.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>Totals only: <c>millions-usd</c>, <c>growth-percent</c> or <c>share-of-gdp-percent</c>. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "measure")]
    public IReadOnlyList<FdiMeasure>? Measure { get; init; }

    /// <summary>Totals only: <c>national</c> (PROINVERSION) or <c>unctad</c>.</summary>
    [FromQuery(Name = "sourceSeries")]
    public IReadOnlyList<FdiSourceSeries>? SourceSeries { get; init; }

    internal IQueryable<FdiValue> ApplyShares(IQueryable<FdiValue> values, QueryErrors errors)
    {
        if (Measure is not null)
            errors.Add("measure", "sector shares are all share-percent; measure applies to /fdi/totals.");
        if (SourceSeries is not null)
            errors.Add("sourceSeries", "sector shares are all from the national series; sourceSeries applies to /fdi/totals.");
        return Apply(values.Where(v => v.Measure == FdiMeasure.SharePercent), totals: false, errors);
    }

    internal IQueryable<FdiValue> ApplyTotals(IQueryable<FdiValue> values, QueryErrors errors) =>
        Apply(values.Where(v => v.Measure != FdiMeasure.SharePercent), totals: true, errors);

    private IQueryable<FdiValue> Apply(IQueryable<FdiValue> values, bool totals, QueryErrors errors)
    {
        var sectors = QueryGrammar.Slugs(Sector, "sector", errors);
        var flowOrStock = FlowOrStock ?? [];
        var period = QueryGrammar.PeriodRange(Period, "period", errors);
        var measureFilter = totals ? Measure ?? [] : [];
        if (measureFilter.Contains(FdiMeasure.SharePercent))
            errors.Add("measure", "'share-percent' is the unit of the sector shares (/fdi/sector-shares); totals are millions-usd, growth-percent or share-of-gdp-percent.");
        var series = totals ? SourceSeries ?? [] : [];
        var order = Sorting.Parse(Sort, errors);
        if (sectors.Count > 0)
            values = values.Where(v => sectors.Contains(v.SectorId));
        if (flowOrStock.Count > 0)
            values = values.Where(v => flowOrStock.Contains(v.FlowOrStock));
        values = values.WhereOverlaps(period, v => v.Period.StartYear, v => v.Period.EndYear);
        if (measureFilter.Count > 0)
            values = values.Where(v => measureFilter.Contains(v.Measure));
        if (series.Count > 0)
            values = values.Where(v => series.Contains(v.SourceSeries));
        return order(values);
    }
}
