using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Figures;

[Mapper]
public static partial class QuotedFigureMapper
{
    public static partial IQueryable<QuotedFigureDto> ProjectToDto(this IQueryable<QuotedFigure> figures);

    [MapProperty(nameof(QuotedFigure.PeriodLabel), nameof(QuotedFigureDto.Period))]
    [MapPropertyFromSource(nameof(QuotedFigureDto.Details), Use = nameof(DetailsOf))]
    [MapperIgnoreSource(nameof(QuotedFigure.Details))]
    [MapperIgnoreSource(nameof(QuotedFigure.Zones))]
    [MapperIgnoreSource(nameof(QuotedFigure.Position))]
    [MapperIgnoreSource(nameof(QuotedFigure.TopSectorsCount))]
    private static partial QuotedFigureDto ToDto(QuotedFigure figure);

    // A call to a method outside the mapper, so EF runs it on the client after the query rather than translating it.
    private static IReadOnlyDictionary<string, string> DetailsOf(QuotedFigure figure) =>
        FigureDetails.Parse(figure.Details, figure.Zones.OrderBy(z => z.Position).Select(z => z.ZoneId).ToList());

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}

public static class FigureDetails
{
    /// <summary>"flow=imports|partnerGroup=laia" as a dictionary.</summary>
    public static Dictionary<string, string> Parse(string? details) =>
        details == null
            ? []
            : details.Split('|').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);

    /// <summary>
    /// The details with the zones a free-zone figure is about as <c>zoneIds</c>, written as the seed cell ("a;b"):
    /// the zones are a relation, and the response keeps the shape it had when they were a detail column.
    /// </summary>
    public static Dictionary<string, string> Parse(string? details, IReadOnlyList<string> zoneIds)
    {
        var parsed = Parse(details);
        if (zoneIds.Count > 0)
            parsed["zoneIds"] = string.Join(';', zoneIds);
        return parsed;
    }
}
