using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Institutions;

/// <summary>Filters of /api/v1/institution-figures, besides paging, sorting and format.</summary>
public sealed class InstitutionFigureQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<InstitutionFigure> Sorting = new SortFields<InstitutionFigure>()
        .Add("id", f => f.Id)
        .Add("period", f => f.StartYear)
        .Add("value", f => f.Value);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>government-investment, expenditure, features, perceptions, impacts or export-finance. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "dataset")]
    public IReadOnlyList<InstitutionFigureDataset>? Dataset { get; init; }

    /// <summary>Institution id (<c>promperu</c>). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "institution")]
    public string? Institution { get; init; }

    /// <summary>Measure slug (<c>impact-score</c>, <c>staff-count</c>...). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "measure")]
    public string? Measure { get; init; }

    /// <summary>institution or beneficiary: whose view (Tables 12 and 18).</summary>
    [FromQuery(Name = "respondent")]
    public IReadOnlyList<Respondent>? Respondent { get; init; }

    /// <summary>Period: a year returns the periods that contain it; a range or a period as printed (1999-2000) those that overlap it.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    internal IQueryable<InstitutionFigure> Apply(IQueryable<InstitutionFigure> figures, QueryErrors errors, string? institution = null)
    {
        var datasets = Dataset ?? [];
        var institutions = institution is null ? QueryGrammar.Slugs(Institution, "institution", errors) : [institution];
        var measures = QueryGrammar.Slugs(Measure, "measure", errors);
        var respondents = Respondent ?? [];
        var period = QueryGrammar.PeriodRange(Period, "period", errors);
        var order = Sorting.Parse(Sort, errors);
        if (datasets.Count > 0)
            figures = figures.Where(f => datasets.Contains(f.Dataset));
        if (institutions.Count > 0)
            figures = figures.Where(f => f.InstitutionId != null && institutions.Contains(f.InstitutionId));
        if (measures.Count > 0)
            figures = figures.Where(f => measures.Contains(f.Measure));
        if (respondents.Count > 0)
            figures = figures.Where(f => f.Respondent != null && respondents.Contains(f.Respondent.Value));
        figures = figures.WhereOverlaps(period, f => f.StartYear, f => f.EndYear);
        return order(figures);
    }
}

/// <summary>Paging, sorting and format of the survey lists (Table A9).</summary>
public sealed class SurveyQuery : ListQuery, ISortableQuery
{
    public static IReadOnlyList<string> SortFieldNames { get; } = ["id"];
}
