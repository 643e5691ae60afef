using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Tariffs;

/// <summary>A snapshot of the MFN tariff schedule in Table 7 ("Tariff Rate Indicators in Peru, 1990-1993").</summary>
public sealed record TariffScheduleDto
{
    /// <summary>Year and month of the snapshot, such as <c>1991-06</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The column header as printed ("1991 June").</summary>
    public required string DateAsPrinted { get; init; }
    /// <summary>Year of the snapshot.</summary>
    public required int Year { get; init; }
    /// <summary>Month of the snapshot, 1-12.</summary>
    public required int Month { get; init; }
    /// <summary>The snapshot's date as ISO 8601 at the precision printed (<c>1991-06</c>).</summary>
    public string Date => IsoDates.Format(Year, Month, null)!;
    /// <summary>"Average Ad-Valorem Tariff Rates", percent.</summary>
    public required double AverageAdValoremPercent { get; init; }
    /// <summary>"Standard Deviation" of the ad-valorem rates, percentage points.</summary>
    public required double StandardDeviationPoints { get; init; }
    /// <summary>"Maximum Tariff Rate Including Surcharges", percent.</summary>
    public required double MaximumWithSurchargesPercent { get; init; }
    /// <summary>The "Total" row: number of tariff lines in the schedule.</summary>
    public required int TotalLines { get; init; }
    /// <summary>"Number of Tariff Lines by Ad-Valorem Tariff Rate", lowest rate first.</summary>
    public required IReadOnlyList<TariffLinesAtRateDto> LinesByRate { get; init; }
    /// <summary>Source table and footnotes.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>The number of tariff lines at one ad-valorem rate.</summary>
public sealed record TariffLinesAtRateDto
{
    /// <summary>The ad-valorem rate, percent.</summary>
    public required double RatePercent { get; init; }
    /// <summary>Number of tariff lines at that rate.</summary>
    public required int Lines { get; init; }
}

/// <summary>
/// One cell of Table 8 ("Nominal Ad-Valorem Tariff Rates and Effective Rate of Protection and Output in Peru by
/// Sector, 1990-2007"): a sector's tariff, effective protection or output growth in one period.
/// </summary>
public sealed record SectorProtectionDto
{
    /// <summary>Stable id of the value.</summary>
    public required int Id { get; init; }
    /// <summary>Sector slug, such as <c>textiles</c> or <c>simple-average</c>.</summary>
    public required string SectorId { get; init; }
    /// <summary>Sector name as printed (reassembled where the paper's text splits it over two lines).</summary>
    public required string Sector { get; init; }
    /// <summary>Row order in Table 8.</summary>
    public required int SectorPosition { get; init; }
    /// <summary>True for the table's "Simple Average" row, which is not a sector.</summary>
    public required bool IsAverage { get; init; }
    /// <summary>The years the value covers: its cell's footnote's years where the footnote gives them ("Year 1992." under 1990-1992 reads 1992; "Ad-Valorem tariff 2006." on the 2006-2007 tariff column reads 2006), else the column's period.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>The heading of the column the value is printed under ("1990-1992"); group by it to rebuild the table as printed.</summary>
    public required string PeriodAsPrinted { get; init; }
    /// <summary>ad-valorem-tariff (nominal, percent), effective-protection (effective rate of protection, percent) or output-growth (growth rate of the index of physical volume of production, percent).</summary>
    public required ProtectionMeasure Measure { get; init; }
    /// <summary>Null for a value of the sector as a whole. For a value a footnote of the table restricts to part of the sector, that part: <c>beverages-only</c>, <c>tobacco-only</c>, <c>rubber-only</c> or <c>plastic-only</c>; where a cell prints values for parts only (output growth 1990-1992 of beverages-and-tobacco and of plastics and rubber), the sector has no value with a null component for it.</summary>
    public required string? Component { get; init; }
    /// <summary>The value, percent; null when the paper gives none (see nullReason).</summary>
    public required double? ValuePercent { get; init; }
    /// <summary>The cell exactly as printed, footnote markers included ("23.5 ²"); null when the table has no such cell.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>Why valuePercent is null: not-available (the paper prints n.a.) or not-reported (the table has no such column, as effective protection in 2006-2007); null when there is a value.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>Footnote markers printed on the sector's name, which qualify the whole row (texts in /api/v1/sources/table-8).</summary>
    public required IReadOnlyList<string> SectorFootnotes { get; init; }
    /// <summary>Source table, the footnote markers of this cell, and any transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
