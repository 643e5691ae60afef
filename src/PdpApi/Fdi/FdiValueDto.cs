using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Fdi;

/// <summary>A cell of Table 17: FDI flows or stocks by sector as shares, or a total in millions of dollars, growth or share of GDP.</summary>
public sealed record FdiValueDto
{
    /// <summary>Stable id of the cell.</summary>
    public required int Id { get; init; }
    /// <summary>
    /// Sector slug (<c>mining</c>, <c>telecommunications</c>); <c>total</c> for the national totals; <c>inward-fdi</c> or
    /// <c>outward-fdi</c> for the UNCTAD rows.
    /// </summary>
    public required string SectorId { get; init; }
    /// <summary>The row label as printed.</summary>
    public required string SectorAsPrinted { get; init; }
    /// <summary>The group the sector is part of (<c>primary</c>, <c>non-primary</c>, <c>total</c>); null for a top-level row.</summary>
    public required string? ParentSectorId { get; init; }
    /// <summary>Row order in the table.</summary>
    public required int SectorPosition { get; init; }
    /// <summary>flow (investment in the period) or stock (accumulated investment).</summary>
    public required FlowOrStock FlowOrStock { get; init; }
    /// <summary>The column's period.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>
    /// Unit of the value: share-percent (percent of the column's total FDI), millions-usd, growth-percent (rate of
    /// growth, percent) or share-of-gdp-percent.
    /// </summary>
    public required FdiMeasure Measure { get; init; }
    /// <summary>national (PROINVERSION, the rows above "UNCTAD DATA") or unctad (inward and outward FDI).</summary>
    public required FdiSourceSeries SourceSeries { get; init; }
    /// <summary>The value in the measure's unit (parenthesised numbers are negative); null when the paper gives none.</summary>
    public required double? Value { get; init; }
    /// <summary>The cell as printed.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>Why the value is null.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>Source table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
