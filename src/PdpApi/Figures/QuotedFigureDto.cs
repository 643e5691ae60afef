using PdpApi.Api;

namespace PdpApi.Figures;

/// <summary>A figure the paper quotes in its text: a share, an amount or a count, with its unit, date and wording.</summary>
public sealed record QuotedFigureDto
{
    /// <summary>Slug of the figure, unique within its topic.</summary>
    public required string Id { get; init; }
    /// <summary>What the figure is about: ntbs, ptas, drawbacks, free-zones or fdi.</summary>
    public required string Topic { get; init; }
    /// <summary>The sentence or subject that states the figure, in the paper's words.</summary>
    public required string Description { get; init; }
    /// <summary>The figure in its unit; null when the paper prints only a fraction (see valueFraction).</summary>
    public required double? Value { get; init; }
    /// <summary>The unit: percent, millions-usd, usd, firms-count, percent-of-total-export-value...</summary>
    public required string Unit { get; init; }
    /// <summary>A value printed in words as a fraction ("one-third" is 1/3), kept as a fraction rather than rounded.</summary>
    public required string? ValueFraction { get; init; }
    /// <summary>The figure as printed ("US$54.8 million", "nearly 14.1%").</summary>
    public required string ValueAsPrinted { get; init; }
    /// <summary>The hedge the paper puts on it (about, less than, nearly...); null when stated flatly.</summary>
    public required string? Qualifier { get; init; }
    /// <summary>lower or upper where the figure is one end of a range.</summary>
    public required string? Bound { get; init; }
    /// <summary>The period or year as printed; null when the paper dates the figure nowhere.</summary>
    public required string? Period { get; init; }
    /// <summary>First year the figure refers to.</summary>
    public required int? StartYear { get; init; }
    /// <summary>Last year the figure refers to.</summary>
    public required int? EndYear { get; init; }
    /// <summary>Month, where printed.</summary>
    public required int? Month { get; init; }
    /// <summary>Details that only some topics have (partnerGroup, flow, ptaId, zoneIds, measure, products, estimatedBy).</summary>
    public required IReadOnlyDictionary<string, string> Details { get; init; }
    /// <summary>Section or table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
