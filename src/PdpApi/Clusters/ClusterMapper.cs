using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Clusters;

/// <summary>Entity-to-DTO projections, generated at compile time and translated by EF into one SQL query.</summary>
[Mapper]
public static partial class ClusterMapper
{
    public static partial IQueryable<ClusterDto> ProjectToDto(this IQueryable<Cluster> clusters);

    [MapPropertyFromSource(nameof(ClusterDto.Location), Use = nameof(ToLocation))]
    [MapperIgnoreSource(nameof(Cluster.SearchText))]
    [MapperIgnoreSource(nameof(Cluster.Regions))]
    [MapPropertyFromSource(nameof(ClusterDto.ProgramIds), Use = nameof(ToProgramIds))]
    private static partial ClusterDto ToDto(Cluster cluster);

    private static IReadOnlyList<string> ToProgramIds(Cluster cluster) =>
        cluster.Programs.OrderBy(p => p.Program!.Position).Select(p => p.ProgramId).ToList();

    // The regions are rows of their own table; the DTO keeps them with the rest of the place.
    private static ClusterLocationDto ToLocation(Cluster cluster) => new()
    {
        PlaceAsPrinted = cluster.Location.PlaceAsPrinted,
        Locality = cluster.Location.Locality,
        District = cluster.Location.District,
        Province = cluster.Location.Province,
        Regions = cluster.Regions.OrderBy(r => r.Position).Select(r => r.Name).ToList(),
        RegionBasis = cluster.Location.RegionBasis,
    };

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
