using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Ptas;

[Mapper]
public static partial class PtaMapper
{
    public static partial IQueryable<PtaDto> ProjectToDto(this IQueryable<Pta> ptas);

    public static partial IQueryable<PtaEventDto> ProjectToDto(this IQueryable<PtaEvent> events);

    public static partial IQueryable<PreferenceSchemeDto> ProjectToDto(this IQueryable<PreferenceScheme> schemes);

    [MapPropertyFromSource(nameof(PtaDto.Events), Use = nameof(EventsInOrder))]
    [MapperIgnoreSource(nameof(Pta.SearchText))]
    private static partial PtaDto ToDto(Pta pta);

    [MapperIgnoreSource(nameof(PtaEvent.Position))]
    [MapperIgnoreTarget(nameof(PtaEventDto.Date))]
    private static partial PtaEventDto ToDto(PtaEvent item);

    [MapperIgnoreTarget(nameof(PreferenceSchemeDto.Date))]
    private static partial PreferenceSchemeDto ToDto(PreferenceScheme scheme);

    private static IReadOnlyList<PtaEventDto> EventsInOrder(Pta pta) =>
        pta.Events.OrderBy(e => e.Position).Select(e => new PtaEventDto
        {
            Id = e.Id,
            PtaId = e.PtaId,
            Year = e.Year,
            Month = e.Month,
            Day = e.Day,
            YearNullReason = e.YearNullReason,
            Event = e.Event,
            Description = e.Description,
            RelatedAgreementsAsPrinted = e.RelatedAgreementsAsPrinted,
            DateAsPrinted = e.DateAsPrinted,
            Reading = e.Reading,
            Provenance = ProvenanceMapping.ToDto(e.Provenance),
        }).ToList();

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
