using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Figures;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Institutions;

[Mapper]
public static partial class InstitutionFigureMapper
{
    public static partial IQueryable<InstitutionFigureDto> ProjectToDto(this IQueryable<InstitutionFigure> figures);

    public static partial IQueryable<SurveyRespondentDto> ProjectToDto(this IQueryable<SurveyRespondent> respondents);

    public static partial IQueryable<BeneficiaryFirmDto> ProjectToDto(this IQueryable<BeneficiaryFirm> firms);

    [MapProperty(nameof(InstitutionFigure.Details), nameof(InstitutionFigureDto.Details), Use = nameof(ParseDetails))]
    [MapPropertyFromSource(nameof(InstitutionFigureDto.Period), Use = nameof(PeriodOf))]
    [MapperIgnoreSource(nameof(InstitutionFigure.PeriodLabel))]
    [MapperIgnoreSource(nameof(InstitutionFigure.StartYear))]
    [MapperIgnoreSource(nameof(InstitutionFigure.EndYear))]
    private static partial InstitutionFigureDto ToDto(InstitutionFigure figure);

    [MapPropertyFromSource(nameof(BeneficiaryFirmDto.InstitutionIds), Use = nameof(InstitutionIdsOf))]
    [MapperIgnoreSource(nameof(BeneficiaryFirm.Institutions))]
    private static partial BeneficiaryFirmDto ToDto(BeneficiaryFirm firm);

    private static IReadOnlyList<string> InstitutionIdsOf(BeneficiaryFirm firm) =>
        firm.Institutions.OrderBy(i => i.Position).Select(i => i.InstitutionId).ToList();

    private static IReadOnlyDictionary<string, string> ParseDetails(string? details) => FigureDetails.Parse(details);

    private static PeriodDto? PeriodOf(InstitutionFigure figure) =>
        figure.PeriodLabel == null ? null : new PeriodDto { Label = figure.PeriodLabel, StartYear = figure.StartYear ?? 0, EndYear = figure.EndYear ?? 0 };

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
