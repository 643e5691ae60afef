using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Ntbs;

[Mapper]
public static partial class NtbMapper
{
    public static partial IQueryable<NtbCountryDto> ProjectToDto(this IQueryable<NtbCountry> countries);

    public static partial IQueryable<NtbTypeDto> ProjectToDto(this IQueryable<NtbType> types);

    private static PeriodDto ToDto(Period period) => PeriodDto.Of(period);

    private static ProvenanceDto ToDto(Provenance provenance) => ProvenanceMapping.ToDto(provenance);
}
