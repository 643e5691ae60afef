using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Institutions;

/// <summary>Filters of /api/v1/institutions, besides paging, sorting and format.</summary>
public sealed class InstitutionQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<Institution> Sorting = new SortFields<Institution>()
        .Add("id", i => i.Id)
        .Add("name", i => i.Name)
        .Add("kind", i => i.Kind);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>agency, programme, ministry, fund, regime, network, council or other. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "kind")]
    public IReadOnlyList<InstitutionKind>? Kind { get; init; }

    /// <summary>An economic failure id (<c>coordination-failures</c>): the institutions that address it. Several values match any of them.</summary>
    [FromQuery(Name = "failure")]
    public string? Failure { get; init; }

    /// <summary>Table 3's dimension: horizontal or vertical.</summary>
    [FromQuery(Name = "dimension")]
    public IReadOnlyList<PdpDimension>? Dimension { get; init; }

    /// <summary>Table 3's type: public-input or market-intervention.</summary>
    [FromQuery(Name = "type")]
    public IReadOnlyList<PdpType>? Type { get; init; }

    /// <summary>true: only the PDPs the paper selects for its survey.</summary>
    [FromQuery(Name = "selected")]
    public bool? Selected { get; init; }

    /// <summary>Free text matched against acronym, name, description, objectives and services, ignoring accents and case.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    internal IQueryable<Institution> Apply(IQueryable<Institution> institutions, QueryErrors errors)
    {
        var kinds = Kind ?? [];
        var failures = QueryGrammar.Slugs(Failure, "failure", errors);
        var dimensions = Dimension ?? [];
        var types = Type ?? [];
        var order = Sorting.Parse(Sort, errors);
        if (kinds.Count > 0)
            institutions = institutions.Where(i => kinds.Contains(i.Kind));
        if (failures.Count > 0)
            institutions = institutions.Where(i => i.Failures.Any(f => failures.Contains(f.FailureId)));
        if (dimensions.Count > 0)
            institutions = institutions.Where(i => i.Table3Dimension != null && dimensions.Contains(i.Table3Dimension.Value));
        if (types.Count > 0)
            institutions = institutions.Where(i => i.Table3Type != null && types.Contains(i.Table3Type.Value));
        if (Selected is { } selected)
            institutions = institutions.Where(i => i.IsSelectedPdp == selected);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = TextKey.Fold(Q);
            institutions = institutions.Where(i => i.SearchText.Contains(text));
        }
        return order(institutions);
    }
}

/// <summary>Paging, sorting and format of /api/v1/economic-failures.</summary>
public sealed class EconomicFailureQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<EconomicFailure> Sorting = new SortFields<EconomicFailure>().Add("id", f => f.Id).Add("name", f => f.Name);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;
}
