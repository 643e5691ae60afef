using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.LegalEvents;

[Mapper]
public static partial class LegalEventMapper
{
    public static partial IQueryable<LegalEventDto> ProjectToDto(this IQueryable<LegalEvent> events);

    public static partial IQueryable<AdministrationDto> ProjectToDto(this IQueryable<Administration> administrations);

    [MapperIgnoreTarget(nameof(LegalEventDto.Date))]
    [MapPropertyFromSource(nameof(LegalEventDto.BodyIds), Use = nameof(BodyIdsOf))]
    [MapPropertyFromSource(nameof(LegalEventDto.SuccessorBodyIds), Use = nameof(SuccessorBodyIdsOf))]
    [MapperIgnoreSource(nameof(LegalEvent.Successors))]
    [MapPropertyFromSource(nameof(LegalEventDto.ZoneIds), Use = nameof(ZoneIdsOf))]
    [MapperIgnoreSource(nameof(LegalEvent.Bodies))]
    [MapperIgnoreSource(nameof(LegalEvent.Zones))]
    [MapperIgnoreSource(nameof(LegalEvent.SearchText))]
    [MapperIgnoreSource(nameof(LegalEvent.DateKey))]
    private static partial LegalEventDto ToDto(LegalEvent item);

    [MapProperty(nameof(Administration.FootnoteMarkers), nameof(AdministrationDto.Footnotes))]
    private static partial AdministrationDto ToDto(Administration administration);

    private static IReadOnlyList<string> BodyIdsOf(LegalEvent item) =>
        item.Bodies.OrderBy(b => b.Position).Select(b => b.InstitutionId).ToList();

    private static IReadOnlyList<string> SuccessorBodyIdsOf(LegalEvent item) =>
        item.Successors.OrderBy(s => s.Position).Select(s => s.InstitutionId).ToList();

    private static IReadOnlyList<string> ZoneIdsOf(LegalEvent item) =>
        item.Zones.OrderBy(z => z.Position).Select(z => z.ZoneId).ToList();

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
