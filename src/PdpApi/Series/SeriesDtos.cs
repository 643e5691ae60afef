using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Series;

/// <summary>A statistical series: one measure of a table of the paper (or quoted in its text), by period and an optional dimension.</summary>
public sealed record SeriesDto
{
    /// <summary>Stable code, prefixed by its table (<c>t1-real-output-growth</c>, <c>ta2-...</c>) or <c>text-</c> for figures quoted in the text.</summary>
    public required string Code { get; init; }
    /// <summary>What the series measures.</summary>
    public required string Title { get; init; }
    /// <summary>
    /// Unit of every observation: percent, percent-of-gdp, percent-per-year (average annual growth), percentage-points,
    /// index-0-100, millions-usd, billions-usd, thousands-usd, millions-soles, soles, soles-per-usd, usd, count, ratio, years, persons.
    /// </summary>
    public required SeriesUnit Unit { get; init; }
    /// <summary>What a percentage is a percentage of, or a note on the scale; null when the unit says it all.</summary>
    public required string? UnitNote { get; init; }
    /// <summary>
    /// How a value relates to its period: annual-average-over-period, average-annual-growth-over-period,
    /// cumulative-over-period, point-in-time, end-of-period.
    /// </summary>
    public required PeriodConvention PeriodConvention { get; init; }
    /// <summary>What the observations vary by besides the period (sector, aggregate, activity ...); none when nothing.</summary>
    public required string Dimension { get; init; }
    /// <summary>How many observations the series has (nulls included).</summary>
    public required int ObservationCount { get; init; }
    /// <summary>Source table or section, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A series with the periods and dimension values its observations take.</summary>
public sealed record SeriesDetailDto
{
    /// <summary>The series.</summary>
    public required SeriesDto Series { get; init; }
    /// <summary>The periods of its observations, in time order.</summary>
    public required IReadOnlyList<PeriodDto> Periods { get; init; }
    /// <summary>The dimension's values in the table's order, with the subtotal each is part of; empty when the dimension is none.</summary>
    public required IReadOnlyList<DimensionValueDto> DimensionValues { get; init; }
    /// <summary>Where the observations are: /api/v1/series/{code}/observations.</summary>
    public required string ObservationsUrl { get; init; }
}

/// <summary>A value of a series' dimension (a sector, an aggregate ...).</summary>
public sealed record DimensionValueDto
{
    /// <summary>Slug (<c>agriculture</c>, <c>total</c>).</summary>
    public required string Id { get; init; }
    /// <summary>The row label as printed.</summary>
    public required string AsPrinted { get; init; }
    /// <summary>The subtotal this value is part of; null for the top of the hierarchy.</summary>
    public required string? ParentId { get; init; }
    /// <summary>Row order in the table.</summary>
    public required int Position { get; init; }
    /// <summary>True when no other value of the dimension names this one as its parent (a leaf category, not a subtotal).</summary>
    public required bool IsLeaf { get; init; }
}

/// <summary>One observation: a period, a dimension value and a number, or a null with its reason.</summary>
public sealed record ObservationDto
{
    /// <summary>Stable id of the observation.</summary>
    public required int Id { get; init; }
    /// <summary>The series' code.</summary>
    public required string SeriesCode { get; init; }
    /// <summary>The series' unit, repeated so that a row (or a CSV line) reads on its own.</summary>
    public required SeriesUnit Unit { get; init; }
    /// <summary>The period: a year or a span (1991-1995).</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>
    /// The column heading as printed ("2006/07"); where a footnote moves a cell to another year, the heading it is printed
    /// under. Null for a figure quoted in the text without a date: its period is read from the context, as the note says.
    /// </summary>
    public required string? PeriodAsPrinted { get; init; }
    /// <summary>The dimension value's slug; null when the series has no dimension.</summary>
    public required string? DimensionId { get; init; }
    /// <summary>The row label as printed.</summary>
    public required string? DimensionAsPrinted { get; init; }
    /// <summary>The subtotal the dimension value is part of; null at the top or without a dimension.</summary>
    public required string? DimensionParentId { get; init; }
    /// <summary>Row order in the table.</summary>
    public required int? DimensionPosition { get; init; }
    /// <summary>The value in the series' unit; null when the paper gives none (see nullReason).</summary>
    public required double? Value { get; init; }
    /// <summary>The cell as printed.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>Why the value is null: not-available (printed na, n.a., Na), not-reported (blank cell), not-applicable, unreadable.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>Source table or section, the footnotes on this cell and the transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
