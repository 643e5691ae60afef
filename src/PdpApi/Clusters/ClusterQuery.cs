using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Clusters;

/// <summary>Filters of /api/v1/clusters, besides paging, sorting and format.</summary>
public sealed class ClusterQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<Cluster> Sorting = new SortFields<Cluster>()
        .Add("id", c => c.Id)
        .Add("name", c => c.Name)
        .Add("sector", c => c.Sector)
        .Add("outputs", c => c.Outputs);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Department (region), such as <c>Piura</c> or <c>Piura,Lima</c>; accents and case are ignored. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "region")]
    public string? Region { get; init; }

    /// <summary>Derived sector: agriculture, agro-industry, fishing-and-aquaculture, manufacturing, handicrafts, tourism, mining-suppliers, commerce. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "sector")]
    public IReadOnlyList<ClusterSector>? Sector { get; init; }

    /// <summary>Table 19 ID#: a number (6) or a range (1..10, 20..).</summary>
    [FromQuery(Name = "id")]
    public string? Id { get; init; }

    /// <summary>Free text matched against name, outputs and place, ignoring accents and case (for example <c>garments</c>).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    internal IQueryable<Cluster> Apply(IQueryable<Cluster> clusters, QueryErrors errors)
    {
        var regions = QueryGrammar.List(Region, "region", errors).Select(TextKey.Fold).ToList();
        var sectors = Sector ?? [];
        var ids = QueryGrammar.Range(Id, "id", errors, 1, int.MaxValue);
        var text = string.IsNullOrWhiteSpace(Q) ? null : TextKey.Fold(Q);
        var order = Sorting.Parse(Sort, errors);

        if (regions.Count > 0)
            clusters = clusters.Where(c => c.Regions.Any(r => regions.Contains(r.Key)));
        if (sectors.Count > 0)
            clusters = clusters.Where(c => sectors.Contains(c.Sector));
        clusters = clusters.WhereIn(ids, c => c.Id);
        if (text is not null)
            clusters = clusters.Where(c => c.SearchText.Contains(text));
        return order(clusters);
    }
}
