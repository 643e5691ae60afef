using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Fdi;

[Mapper]
public static partial class FdiMapper
{
    public static partial IQueryable<FdiValueDto> ProjectToDto(this IQueryable<FdiValue> values);

    private static partial FdiValueDto ToDto(FdiValue value);

    private static PeriodDto ToDto(Period period) => PeriodDto.Of(period);

    private static ProvenanceDto ToDto(Provenance provenance) => ProvenanceMapping.ToDto(provenance);
}
