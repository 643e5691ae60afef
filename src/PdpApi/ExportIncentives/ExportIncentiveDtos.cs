using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.ExportIncentives;

/// <summary>A rule of the drawback regime or of the free zones and CETICOS, with the act that set it.</summary>
public sealed record IncentiveRuleDto
{
    /// <summary>Slug of the rule, unique within its regime.</summary>
    public required string Id { get; init; }
    /// <summary>The regime the rule belongs to.</summary>
    public required IncentiveRegime Regime { get; init; }
    /// <summary>Zones the rule applies to (ids of /api/v1/export-incentives/free-zones); empty for all or for the drawback.</summary>
    public required IReadOnlyList<string> ZoneIds { get; init; }
    /// <summary>rate, threshold, exclusion, requirement, benefit or other.</summary>
    public required IncentiveRuleType RuleType { get; init; }
    /// <summary>The rule in the paper's words.</summary>
    public required string Description { get; init; }
    /// <summary>The number the rule states, in valueUnit; null when it states none.</summary>
    public required double? Value { get; init; }
    /// <summary>The unit: percent-of-fob-export-value, usd, millions-usd, percent-excise-tax-rate...</summary>
    public required string? ValueUnit { get; init; }
    /// <summary>The number as printed ("US$10 million").</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>at-least, at-most or more-than where the value is a limit.</summary>
    public required string? Bound { get; init; }
    /// <summary>First year the rule applied, where stated.</summary>
    public required int? ValidFromYear { get; init; }
    /// <summary>Last year it applied, where stated.</summary>
    public required int? ValidToYear { get; init; }
    /// <summary>A year by which the paper says the rule was in force.</summary>
    public required int? InForceAsOfYear { get; init; }
    /// <summary>The act that set it (Supreme Decree, Legislative Decree, Law...), as named.</summary>
    public required string? Instrument { get; init; }
    /// <summary>The act's number as printed.</summary>
    public required string? InstrumentNumber { get; init; }
    /// <summary>The act's date as printed.</summary>
    public required string? InstrumentDateAsPrinted { get; init; }
    /// <summary>Year of the act.</summary>
    public required int? InstrumentYear { get; init; }
    /// <summary>Month of the act, where printed.</summary>
    public required int? InstrumentMonth { get; init; }
    /// <summary>Day of the act, where printed.</summary>
    public required int? InstrumentDay { get; init; }
    /// <summary>The act's date as ISO 8601 at the precision printed (<c>2007-02-28</c>, <c>2007-02</c> or <c>2007</c>); null when the year is.</summary>
    public string? InstrumentDate => IsoDates.Format(InstrumentYear, InstrumentMonth, InstrumentDay);
    /// <summary>Section or table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>One cell of Table 13 (exports receiving drawbacks, 2003-2007) or Table 14 (imports from the free zone of Tacna, 1993-2007).</summary>
public sealed record IncentiveTradeValueDto
{
    /// <summary>Stable id of the value.</summary>
    public required int Id { get; init; }
    /// <summary>Sector slug (<c>textiles-and-apparel</c>; <c>total</c> for the table's total rows).</summary>
    public required string SectorId { get; init; }
    /// <summary>The sector as printed.</summary>
    public required string SectorAsPrinted { get; init; }
    /// <summary>The group the sector belongs to (primary, manufactures, total); null for a top-level row.</summary>
    public required string? ParentSectorId { get; init; }
    /// <summary>Row order in the table.</summary>
    public required int SectorPosition { get; init; }
    /// <summary>The table's period.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>
    /// What the value measures. Table 13: s1-share-of-drawback-exports-percent, s2-share-of-sector-exports-percent,
    /// growth-percent, growth-rest-percent, exports-millions-usd, share-of-total-export-value-percent, share-of-gdp-percent,
    /// top-5-tariff-lines-concentration-ratio-percent, top-10-firms-concentration-ratio-percent. Table 14:
    /// s1-share-of-tacna-imports-percent, average-annual-growth-percent, imports-millions-usd, share-of-total-imports-percent,
    /// share-of-gdp-percent.
    /// </summary>
    public required TradeValueMeasure Measure { get; init; }
    /// <summary>Table 14: true where a multi-year period's value is an annual average ("US$ mill (Avg.)").</summary>
    public required bool? IsPeriodAverage { get; init; }
    /// <summary>The value in the measure's unit; null when the paper gives none (see nullReason).</summary>
    public required double? Value { get; init; }
    /// <summary>The cell as printed.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>Why the value is null: not-available (an empty row or a "-") or unreadable.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>The column the cell is printed under, where the row is misaligned in the source.</summary>
    public required string? PrintedColumn { get; init; }
    /// <summary>as-printed, moved (the source row is shifted and was realigned; the note says how) or missing.</summary>
    public required RowPlacement Placement { get; init; }
    /// <summary>Source table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A free zone, CETICOS or special zone. Where the paper gives two versions of a zone's creation, each is a reading and one is preferred.</summary>
public sealed record FreeZoneDto
{
    /// <summary>Slug of the zone (<c>zofratacna</c>, <c>ceticos-ilo</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Where this version comes from: table (Table 11), text or footnote.</summary>
    public required Reading Reading { get; init; }
    /// <summary>True for the version published as the zone's.</summary>
    public required bool PreferredReading { get; init; }
    /// <summary>The name as printed.</summary>
    public required string NameAsPrinted { get; init; }
    /// <summary>free-zone, ceticos, special-trade-zone or special-economic-zone.</summary>
    public required FreeZoneKind Kind { get; init; }
    /// <summary>The town or place.</summary>
    public required string? Location { get; init; }
    /// <summary>The department (region).</summary>
    public required string? Region { get; init; }
    /// <summary>The act that created it, as named.</summary>
    public required string? CreatedByInstrument { get; init; }
    /// <summary>The act's number as printed.</summary>
    public required string? InstrumentNumber { get; init; }
    /// <summary>The act's date as printed.</summary>
    public required string? InstrumentDateAsPrinted { get; init; }
    /// <summary>Year of creation.</summary>
    public required int? CreatedYear { get; init; }
    /// <summary>Month of creation, where printed.</summary>
    public required int? CreatedMonth { get; init; }
    /// <summary>Day of creation, where printed.</summary>
    public required int? CreatedDay { get; init; }
    /// <summary>The creation date as ISO 8601 at the precision printed (<c>1996-07-30</c>, <c>1996-07</c> or <c>1996</c>); null when the year is.</summary>
    public string? CreatedDate => IsoDates.Format(CreatedYear, CreatedMonth, CreatedDay);
    /// <summary>Year the zone operated until, where stated.</summary>
    public required int? OperatingUntilYear { get; init; }
    /// <summary>Its benefits in the paper's words.</summary>
    public required string? Benefits { get; init; }
    /// <summary>Year the benefits end, where stated.</summary>
    public required int? BenefitsEndYear { get; init; }
    /// <summary>Source, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
