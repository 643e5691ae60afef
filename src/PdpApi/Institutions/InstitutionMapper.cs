using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Institutions;

[Mapper]
public static partial class InstitutionMapper
{
    public static partial IQueryable<InstitutionDto> ProjectToDto(this IQueryable<Institution> institutions);

    public static partial IQueryable<EconomicFailureDto> ProjectToDto(this IQueryable<EconomicFailure> failures);

    [MapPropertyFromSource(nameof(InstitutionDto.Classification), Use = nameof(Classification))]
    [MapPropertyFromSource(nameof(InstitutionDto.EconomicFailures), Use = nameof(FailuresOf))]
    [MapPropertyFromSource(nameof(InstitutionDto.Ministries), Use = nameof(MinistriesOf))]
    [MapperIgnoreSource(nameof(Institution.Table3Dimension))]
    [MapperIgnoreSource(nameof(Institution.Table3Type))]
    [MapperIgnoreSource(nameof(Institution.SearchText))]
    [MapperIgnoreSource(nameof(Institution.Failures))]
    [MapperIgnoreSource(nameof(Institution.Ministries))]
    private static partial InstitutionDto ToDto(Institution institution);

    [MapPropertyFromSource(nameof(EconomicFailureDto.InstitutionIds), Use = nameof(InstitutionIdsOf))]
    [MapperIgnoreSource(nameof(EconomicFailure.Institutions))]
    private static partial EconomicFailureDto ToDto(EconomicFailure failure);

    private static PdpClassificationDto Classification(Institution institution) =>
        new() { Dimension = institution.Table3Dimension, Type = institution.Table3Type };

    private static IReadOnlyList<FailureRefDto> FailuresOf(Institution institution) =>
        institution.Failures.OrderBy(f => f.FailureId).Select(f => new FailureRefDto { Id = f.FailureId, Evidence = f.Evidence, Mapping = f.Mapping }).ToList();

    private static IReadOnlyList<MinistrySpanDto> MinistriesOf(Institution institution) =>
        institution.Ministries.OrderBy(m => m.Id).Select(m => new MinistrySpanDto
        {
            MinistryId = m.MinistryId,
            FromYear = m.FromYear,
            ToYear = m.ToYear,
            Basis = m.Basis,
            IsPublishedReading = m.IsPublishedReading,
        }).ToList();

    private static IReadOnlyList<string> InstitutionIdsOf(EconomicFailure failure) =>
        failure.Institutions.OrderBy(i => i.InstitutionId).Select(i => i.InstitutionId).ToList();

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
