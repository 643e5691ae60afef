using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Clusters;

/// <summary>An industrial cluster named in Table 19 ("Clusters in Peru", source: Apoyo 2005).</summary>
public sealed record ClusterDto
{
    /// <summary>The paper's ID# in Table 19 (1-30).</summary>
    public required int Id { get; init; }
    /// <summary>The "Cluster – Location" cell, as printed.</summary>
    public required string Name { get; init; }
    /// <summary>The activity part of the name, without the place (derived from the name).</summary>
    public required string Activity { get; init; }
    /// <summary>The "Outputs" cell, as printed.</summary>
    public required string Outputs { get; init; }
    /// <summary>
    /// Sector, a classification derived from the activity and outputs (the paper gives none): agriculture (crops and
    /// producers' associations), agro-industry (processing of farm products), fishing-and-aquaculture, manufacturing,
    /// handicrafts, tourism, mining-suppliers, commerce.
    /// </summary>
    public required ClusterSector Sector { get; init; }
    /// <summary>Where the cluster is, split into what a user filters on.</summary>
    public required ClusterLocationDto Location { get; init; }
    /// <summary>The Section 7 programmes that worked with the cluster (ids for /api/v1/cluster-programs/{id}); empty when none.</summary>
    public required IReadOnlyList<string> ProgramIds { get; init; }
    /// <summary>Source table and footnotes.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A cluster's place: the text as printed and its parts. A part is null when the paper names none.</summary>
public sealed record ClusterLocationDto
{
    /// <summary>The place part of the name, as printed; null when Table 19 prints no place.</summary>
    public required string? PlaceAsPrinted { get; init; }
    /// <summary>Town, valley, park or area named below district level; null when none is named.</summary>
    public required string? Locality { get; init; }
    /// <summary>District, where the paper names one; null otherwise.</summary>
    public required string? District { get; init; }
    /// <summary>Province, where the paper names one; null otherwise.</summary>
    public required string? Province { get; init; }
    /// <summary>Departments (regions) the cluster lies in, spelled as in the paper; empty when none can be established.</summary>
    public required IReadOnlyList<string> Regions { get; init; }
    /// <summary>printed: the region is in the table; inferred: derived from the place (the provenance note says how); not-stated: no region.</summary>
    public required RegionBasis RegionBasis { get; init; }
}
