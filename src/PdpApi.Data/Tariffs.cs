namespace PdpApi.Data;

/// <summary>A span of years as a table prints it ("1990-1992"; a single year has start = end).</summary>
public sealed class Period
{
    public required string Label { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
}

/// <summary>Why a value is null.</summary>
public enum NullReason
{
    /// <summary>The paper prints "n.a.", "na", "nd" or "-" in the cell.</summary>
    NotAvailable,
    /// <summary>The table has no such cell (for example no effective protection column for 2006-2007).</summary>
    NotReported,
    /// <summary>The measure has no meaning there.</summary>
    NotApplicable,
    /// <summary>The source is damaged or misaligned and the value cannot be placed with confidence.</summary>
    Unreadable,
}

/// <summary>A Table 7 snapshot of the MFN tariff schedule, 1990-1993.</summary>
public sealed class TariffSchedule
{
    /// <summary>"1990-09": year and month of the snapshot.</summary>
    public required string Id { get; set; }
    public required string DateAsPrinted { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public double AverageAdValoremPercent { get; set; }
    public double StandardDeviationPoints { get; set; }
    public double MaximumWithSurchargesPercent { get; set; }
    public int TotalLines { get; set; }
    public required Provenance Provenance { get; set; }
    public List<TariffScheduleLine> Lines { get; set; } = [];
}

/// <summary>How many tariff lines a Table 7 snapshot has at one ad-valorem rate.</summary>
public sealed class TariffScheduleLine
{
    public required string ScheduleId { get; set; }
    public double RatePercent { get; set; }
    public int Lines { get; set; }
}

/// <summary>One Table 8 cell: a sector's tariff, effective protection or output growth in a period.</summary>
public sealed class SectorProtectionValue
{
    public int Id { get; set; }
    public required string SectorId { get; set; }
    public required string Sector { get; set; }
    public int SectorPosition { get; set; }
    /// <summary>True for the table's "Simple Average" row.</summary>
    public bool IsAverage { get; set; }
    /// <summary>The years the value covers: a footnote's years where the cell's footnote gives them, else the column's.</summary>
    public required Period Period { get; set; }
    /// <summary>The column heading the value is printed under ("1990-1992").</summary>
    public required string PeriodAsPrinted { get; set; }
    public ProtectionMeasure Measure { get; set; }
    /// <summary>The part of the sector a footnote restricts the value to ("tobacco-only"); null for the sector as a whole.</summary>
    public string? Component { get; set; }
    public double? ValuePercent { get; set; }
    public string? ValueAsPrinted { get; set; }
    public NullReason? NullReason { get; set; }
    /// <summary>Markers printed on the sector's label, which qualify the whole row.</summary>
    public IReadOnlyList<string> SectorFootnoteMarkers { get; set; } = [];
    public required Provenance Provenance { get; set; }
}

public enum ProtectionMeasure
{
    /// <summary>Nominal ad-valorem tariff, percent.</summary>
    AdValoremTariff,
    /// <summary>Effective rate of protection, percent.</summary>
    EffectiveProtection,
    /// <summary>Growth rate of the index of physical volume of production, percent a year.</summary>
    OutputGrowth,
}

/// <summary>A sector group of Tables A6 and A7 (APEC's classification), "All Goods" first.</summary>
public sealed class SectorGroup
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
    public required string NameA6AsPrinted { get; set; }
    public required string NameA7AsPrinted { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>One Table A6 cell: a sector group's simple average tariff, its standard deviation or its number of lines in a year.</summary>
public sealed class TariffStructureValue
{
    public int Id { get; set; }
    public TariffStructureIndicator Indicator { get; set; }
    public required Period Period { get; set; }
    public required string SectorGroupId { get; set; }
    public double Value { get; set; }
    public required string ValueAsPrinted { get; set; }
    public required Provenance Provenance { get; set; }
}

public enum TariffStructureIndicator
{
    /// <summary>Simple average applied tariff rate, percent.</summary>
    SimpleAveragePercent,
    /// <summary>Standard deviation of all applied tariffs, percentage points.</summary>
    StandardDeviationPoints,
    /// <summary>Number of tariff lines.</summary>
    TariffLinesCount,
}

/// <summary>Table A7's tariff bands, in the table's order (the last band has no label in the paper).</summary>
public enum TariffBand
{
    /// <summary>Duty-free lines.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("0")]
    Zero,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("0-5")]
    UpToFive,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("5-10")]
    FiveToTen,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("10-15")]
    TenToFifteen,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("15-20")]
    FifteenToTwenty,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("over-20")]
    Over20,
}

/// <summary>One Table A7 cell: the share of a sector group's tariff lines in a tariff band in a year.</summary>
public sealed class TariffBandShare
{
    public int Id { get; set; }
    public required TariffBand BandId { get; set; }
    /// <summary>The band's label as printed; null for the last band, which the paper leaves unlabelled.</summary>
    public string? BandAsPrinted { get; set; }
    public double? LowerExclusivePercent { get; set; }
    public double? UpperInclusivePercent { get; set; }
    public int Year { get; set; }
    public required string SectorGroupId { get; set; }
    public double? SharePercent { get; set; }
    public string? ShareAsPrinted { get; set; }
    public CellPlacement Placement { get; set; }
    public NullReason? NullReason { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>How a value of a misaligned table was placed in its row and column.</summary>
public enum CellPlacement
{
    /// <summary>The printed cell sits in its row and column.</summary>
    Confident,
    /// <summary>Placed by reasoning the provenance note gives (for example the bands of a group summing to 100).</summary>
    Inferred,
}

/// <summary>A Table A8 coefficient: the correlation across sectors between protection and output growth.</summary>
public sealed class ProtectionGrowthCorrelation
{
    public int Id { get; set; }
    public required Period Period { get; set; }
    public ProtectionMeasure Measure { get; set; }
    public double? Coefficient { get; set; }
    public required string CoefficientAsPrinted { get; set; }
    public int? Observations { get; set; }
    public bool SignificantAt5Percent { get; set; }
    public NullReason? NullReason { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A dated change of the MFN tariffs or import taxes in Section 4.1's chronology (items i-ix).</summary>
public sealed class TariffChange
{
    public required string Id { get; set; }
    /// <summary>The item's roman numeral as printed; null for a change taken from a footnote.</summary>
    public string? Item { get; set; }
    /// <summary>Order in the paper's chronology.</summary>
    public int Position { get; set; }
    /// <summary>Null for a change the paper does not date.</summary>
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    public string? Instrument { get; set; }
    public string? InstrumentNumber { get; set; }
    public required string Description { get; set; }
    /// <summary>The rates the change names, percent, in printed order.</summary>
    public IReadOnlyList<double> RatesPercent { get; set; } = [];
    public int? LinesAffected { get; set; }
    public string? LinesAffectedAsPrinted { get; set; }
    public double? LinesAffectedSharePercent { get; set; }
    public required Provenance Provenance { get; set; }
    /// <summary>Description and instrument number folded for free-text search.</summary>
    public required string SearchText { get; set; }
}

/// <summary>A product group of the price-band mechanism (variable specific duties), Section 4.1 items vi-vii.</summary>
public sealed class PriceBandProduct
{
    public required string Id { get; set; }
    public required string ProductGroup { get; set; }
    /// <summary>Products with their HS code (footnote 33), in printed order.</summary>
    public List<PriceBandHsProduct> HsProducts { get; set; } = [];
    public PriceBandStatus Status { get; set; }
    public int StatusYear { get; set; }
    public int? StatusMonth { get; set; }
    public double? AdValoremEquivalent1999Percent { get; set; }
    public string? AdValoremEquivalent1999AsPrinted { get; set; }
    public NullReason? EquivalentNullReason { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A product of a price-band group and its HS code, as footnote 33 prints them.</summary>
public sealed class PriceBandHsProduct
{
    public required string ProductGroupId { get; set; }
    /// <summary>Order in the footnote.</summary>
    public int Position { get; set; }
    public required string Product { get; set; }
    /// <summary>The HS code as printed: text, leading zeros kept.</summary>
    public required string HsCode { get; set; }
}

public enum PriceBandStatus
{
    /// <summary>Covered by the mechanism in the year given ("By 2001").</summary>
    Covered,
    /// <summary>Taken out of the mechanism in the year and month given.</summary>
    Eliminated,
}

/// <summary>Where the paper states a value that it states more than once: a table, the text or a footnote.</summary>
public enum Reading
{
    Table,
    Text,
    Footnote,
}
