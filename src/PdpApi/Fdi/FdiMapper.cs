using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Fdi;

[Mapper]
public static partial class FdiMapper
{
    public static partial IQueryable<FdiValueDto> ProjectToDto(this IQueryable<FdiValue> values);

    private static partial FdiValueDto ToDto(FdiValue value);

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
