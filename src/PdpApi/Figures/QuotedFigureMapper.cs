using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Figures;

[Mapper]
public static partial class QuotedFigureMapper
{
    public static partial IQueryable<QuotedFigureDto> ProjectToDto(this IQueryable<QuotedFigure> figures);

    [MapProperty(nameof(QuotedFigure.PeriodLabel), nameof(QuotedFigureDto.Period))]
    [MapProperty(nameof(QuotedFigure.Details), nameof(QuotedFigureDto.Details), Use = nameof(ParseDetails))]
    [MapperIgnoreSource(nameof(QuotedFigure.Position))]
    [MapperIgnoreSource(nameof(QuotedFigure.TopSectorsCount))]
    private static partial QuotedFigureDto ToDto(QuotedFigure figure);

    // A call to a method outside the mapper, so EF runs it on the client after the query rather than translating it.
    private static IReadOnlyDictionary<string, string> ParseDetails(string? details) => FigureDetails.Parse(details);

    private static ProvenanceDto ToDto(Provenance provenance) => ProvenanceMapping.ToDto(provenance);
}

public static class FigureDetails
{
    /// <summary>"flow=imports|partnerGroup=laia" as a dictionary.</summary>
    public static Dictionary<string, string> Parse(string? details) =>
        details == null
            ? []
            : details.Split('|').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
}
