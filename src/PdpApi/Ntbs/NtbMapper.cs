using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Ntbs;

[Mapper]
public static partial class NtbMapper
{
    public static partial IQueryable<NtbCountryDto> ProjectToDto(this IQueryable<NtbCountry> countries);

    public static partial IQueryable<NtbTypeDto> ProjectToDto(this IQueryable<NtbType> types);

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
