using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Series;

/// <summary>Filters of /api/v1/series, besides paging, sorting and format.</summary>
public sealed class SeriesQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<StatisticalSeries> Sorting = new SortFields<StatisticalSeries>()
        .Add("position", s => s.Position)
        .Add("code", s => s.Code)
        .Add("title", s => s.Title);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Source table or section id (<c>table-2</c>, <c>section-2.1</c>): the series taken from it. Several ids separated by commas match any of them.</summary>
    [FromQuery(Name = "sourceTable")]
    public string? SourceTable { get; init; }

    /// <summary>Dimension name (<c>sector</c>, <c>aggregate</c>, <c>none</c>). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "dimension")]
    public string? Dimension { get; init; }

    /// <summary>Unit (<c>percent</c>, <c>millions-usd</c> ...). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "unit")]
    public IReadOnlyList<SeriesUnit>? Unit { get; init; }

    /// <summary>Words to find in the code, title or unit note (case and accents ignored).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    internal IQueryable<StatisticalSeries> Apply(IQueryable<StatisticalSeries> series, IReadOnlyCollection<string> sourceIds, QueryErrors errors)
    {
        var sources = QueryGrammar.ListOf(SourceTable, sourceIds, "sourceTable", errors);
        var dimensions = QueryGrammar.Slugs(Dimension, "dimension", errors);
        var units = Unit ?? [];
        var order = Sorting.Parse(Sort, errors);
        if (sources.Count > 0)
            series = series.Where(s => sources.Contains(s.Provenance.SourceId));
        if (dimensions.Count > 0)
            series = series.Where(s => dimensions.Contains(s.Dimension));
        if (units.Count > 0)
            series = series.Where(s => units.Contains(s.Unit));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = TextKey.Fold(Q.Trim());
            series = series.Where(s => s.SearchText.Contains(key));
        }
        return order(series);
    }
}

/// <summary>Filters of the observation collections, besides paging, sorting and format.</summary>
public sealed class ObservationQuery : CursorListQuery, ISortableQuery
{
    internal static readonly SortFields<SeriesObservation> Sorting = new SortFields<SeriesObservation>()
        .Add("id", o => o.Id)
        .Add("period", o => o.Period.StartYear)
        .Add("dimension", o => o.DimensionPosition)
        .Add("value", o => o.Value);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Period: a year (1993) returns the observations whose period contains it (1991-1995 too); a range (1990..2000) or a span (1991-1995) those that overlap it.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>Dimension value id (<c>agriculture</c>, <c>total</c>). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "dimension")]
    public string? Dimension { get; init; }

    /// <summary>Across series only: source table or section id (<c>table-2</c>): every observation of every series taken from it. Several ids separated by commas match any of them.</summary>
    [FromQuery(Name = "sourceTable")]
    public string? SourceTable { get; init; }

    /// <summary>Across series only: series codes. Several codes separated by commas match any of them.</summary>
    [FromQuery(Name = "series")]
    public string? Series { get; init; }

    internal IQueryable<SeriesObservation> Apply(IQueryable<SeriesObservation> observations, IReadOnlyCollection<string>? sourceIds, QueryErrors errors)
    {
        var period = QueryGrammar.PeriodRange(Period, "period", errors);
        var dimensions = QueryGrammar.Slugs(Dimension, "dimension", errors);
        var order = Sorting.Parse(Sort, errors);
        observations = observations.WhereOverlaps(period, o => o.Period.StartYear, o => o.Period.EndYear);
        if (dimensions.Count > 0)
            observations = observations.Where(o => o.DimensionId != null && dimensions.Contains(o.DimensionId));

        if (sourceIds is null)
        {
            if (SourceTable is not null)
                errors.Add("sourceTable", "a series has one source; sourceTable applies to /api/v1/series/observations.");
            if (Series is not null)
                errors.Add("series", "the series is in the path; series applies to /api/v1/series/observations.");
        }
        else
        {
            var sources = QueryGrammar.ListOf(SourceTable, sourceIds, "sourceTable", errors);
            var codes = QueryGrammar.Slugs(Series, "series", errors);
            if (sources.Count > 0)
                observations = observations.Where(o => sources.Contains(o.Provenance.SourceId));
            if (codes.Count > 0)
                observations = observations.Where(o => codes.Contains(o.SeriesCode));
        }
        return order(observations);
    }
}
