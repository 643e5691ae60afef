namespace PdpApi.Data;

/// <summary>A rule of an export-incentive regime (the drawback or the free zones and CETICOS): a rate, threshold, exclusion, requirement or benefit, with the act that set it.</summary>
public sealed class IncentiveRule
{
    public required string Id { get; set; }
    public required IncentiveRegime Regime { get; set; }
    public int Position { get; set; }
    /// <summary>The zones a free-zone rule applies to, in the order the seed lists them; none for the drawback.</summary>
    public List<IncentiveRuleZone> Zones { get; set; } = [];
    public required IncentiveRuleType RuleType { get; set; }
    /// <summary>
    /// What the drawback calculator checks an export against for this rule (a refund rate, a bound on the f.o.b. value
    /// per tariff line ...; <c>other</c> for acts and steps it does not check); null for free-zone rules.
    /// </summary>
    public Domain.DrawbackRuleKind? Checks { get; set; }
    public required string Description { get; set; }
    public double? Value { get; set; }
    public string? ValueUnit { get; set; }
    public string? ValueAsPrinted { get; set; }
    public string? Bound { get; set; }
    public int? ValidFromYear { get; set; }
    public int? ValidToYear { get; set; }
    public int? InForceAsOfYear { get; set; }
    public string? Instrument { get; set; }
    public string? InstrumentNumber { get; set; }
    public string? InstrumentDateAsPrinted { get; set; }
    public int? InstrumentYear { get; set; }
    public int? InstrumentMonth { get; set; }
    public int? InstrumentDay { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>One cell of Table 13 (exports receiving drawbacks) or Table 14 (imports from the free zone of Tacna), by sector and period.</summary>
public sealed class IncentiveTradeValue
{
    public int Id { get; set; }
    /// <summary>drawback-exports (Table 13) or free-zone-imports (Table 14).</summary>
    public required string Dataset { get; set; }
    public required string SectorId { get; set; }
    public required string SectorAsPrinted { get; set; }
    public string? ParentSectorId { get; set; }
    public int SectorPosition { get; set; }
    public required Period Period { get; set; }
    public required TradeValueMeasure Measure { get; set; }
    public bool? IsPeriodAverage { get; set; }
    public double? Value { get; set; }
    public string? ValueAsPrinted { get; set; }
    public NullReason? NullReason { get; set; }
    public string? PrintedColumn { get; set; }
    /// <summary>as-printed, moved (the row is shifted in the source and was realigned) or missing.</summary>
    public required RowPlacement Placement { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>
/// A zone as one thing, whatever its readings: one row per zone id of free-zones.csv, so that what names a zone (a rule,
/// an act, a figure, each of the zone's readings) refers to a row the database knows.
/// </summary>
public sealed class Zone
{
    public required string Id { get; set; }
}

/// <summary>A zone a free-zone rule applies to: a relation, so the database refuses an unknown zone.</summary>
public sealed class IncentiveRuleZone
{
    public required IncentiveRegime Regime { get; set; }
    public required string RuleId { get; set; }
    public required string ZoneId { get; set; }
    public int Position { get; set; }
}

/// <summary>A free zone, CETICOS or special zone (Sections 6.2, Table 11); where sources disagree each reading is a row.</summary>
public sealed class FreeZone
{
    /// <summary>Row key: the zone id and its reading.</summary>
    public int Key { get; set; }
    /// <summary>The zone (<see cref="Zone"/>) this is a reading of.</summary>
    public required string Id { get; set; }
    public required Reading Reading { get; set; }
    public bool PreferredReading { get; set; }
    public required string NameAsPrinted { get; set; }
    public required FreeZoneKind Kind { get; set; }
    public string? Location { get; set; }
    public string? Region { get; set; }
    public string? CreatedByInstrument { get; set; }
    public string? InstrumentNumber { get; set; }
    public string? InstrumentDateAsPrinted { get; set; }
    public int? CreatedYear { get; set; }
    public int? CreatedMonth { get; set; }
    public int? CreatedDay { get; set; }
    public int? OperatingUntilYear { get; set; }
    public string? Benefits { get; set; }
    public int? BenefitsEndYear { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>What a drawback or free-zone rule sets.</summary>
public enum IncentiveRuleType
{
    Rate,
    Threshold,
    Exclusion,
    Requirement,
    Benefit,
    Other,
}

/// <summary>Where a row of a table whose rows are shifted in the source was found.</summary>
public enum RowPlacement
{
    AsPrinted,
    Moved,
    Missing,
}

/// <summary>The kind of zone.</summary>
public enum FreeZoneKind
{
    FreeZone,
    Ceticos,
    SpecialTradeZone,
    SpecialEconomicZone,
}

/// <summary>The measure of a Table 13 (drawback exports) or Table 14 (Tacna free-zone imports) value.</summary>
public enum TradeValueMeasure
{
    S1ShareOfDrawbackExportsPercent,
    S2ShareOfSectorExportsPercent,
    GrowthPercent,
    GrowthRestPercent,
    ExportsMillionsUsd,
    ShareOfTotalExportValuePercent,
    ShareOfGdpPercent,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("top-5-tariff-lines-concentration-ratio-percent")]
    Top5TariffLinesConcentrationRatioPercent,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("top-10-firms-concentration-ratio-percent")]
    Top10FirmsConcentrationRatioPercent,
    S1ShareOfTacnaImportsPercent,
    AverageAnnualGrowthPercent,
    ImportsMillionsUsd,
    ShareOfTotalImportsPercent,
}

/// <summary>The measures each table of trade values uses.</summary>
public static class TradeValueMeasures
{
    public static IReadOnlyList<TradeValueMeasure> Of(string dataset) => dataset == "drawback-exports" ? Drawback : FreeZone;

    private static readonly TradeValueMeasure[] Drawback = [TradeValueMeasure.S1ShareOfDrawbackExportsPercent, TradeValueMeasure.S2ShareOfSectorExportsPercent, TradeValueMeasure.GrowthPercent, TradeValueMeasure.GrowthRestPercent, TradeValueMeasure.ExportsMillionsUsd, TradeValueMeasure.ShareOfTotalExportValuePercent, TradeValueMeasure.ShareOfGdpPercent, TradeValueMeasure.Top5TariffLinesConcentrationRatioPercent, TradeValueMeasure.Top10FirmsConcentrationRatioPercent];

    private static readonly TradeValueMeasure[] FreeZone = [TradeValueMeasure.S1ShareOfTacnaImportsPercent, TradeValueMeasure.AverageAnnualGrowthPercent, TradeValueMeasure.ImportsMillionsUsd, TradeValueMeasure.ShareOfTotalImportsPercent, TradeValueMeasure.ShareOfGdpPercent];
}

/// <summary>The export-incentive regime a rule belongs to.</summary>
public enum IncentiveRegime
{
    Drawback,
    FreeZones,
}
