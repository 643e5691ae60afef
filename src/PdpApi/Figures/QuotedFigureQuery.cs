using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Figures;

/// <summary>Filters of the quoted-figure collections, besides paging, sorting and format.</summary>
public sealed class QuotedFigureQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<QuotedFigure> Sorting = new SortFields<QuotedFigure>()
        .Add("position", f => f.Position)
        .Add("year", f => f.StartYear)
        .Add("value", f => f.Value);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Year: a year (2006) returns the figures whose period contains it; a range (1998..2007) those that overlap it.</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    internal IQueryable<QuotedFigure> Apply(IQueryable<QuotedFigure> figures, string topic, QueryErrors errors)
    {
        var years = QueryGrammar.PeriodRange(Year, "year", errors);
        var order = Sorting.Parse(Sort, errors);
        figures = figures.Where(f => f.Topic == topic);
        figures = figures.WhereOverlaps(years, f => f.StartYear, f => f.EndYear);
        return order(figures);
    }
}
