using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Tariffs;

/// <summary>A sector group of Tables A6 and A7 (APEC classification); <c>all-goods</c> is the whole tariff.</summary>
public sealed record SectorGroupDto
{
    /// <summary>Slug, such as <c>textiles-and-clothing</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Name, reassembled from the table's split header.</summary>
    public required string Name { get; init; }
    /// <summary>Column order in Tables A6 and A7.</summary>
    public required int Position { get; init; }
    /// <summary>The header of Table A6 as printed.</summary>
    public required string NameA6AsPrinted { get; init; }
    /// <summary>The header of Table A7 as printed (abbreviated; words split by the paper's text extraction are kept).</summary>
    public required string NameA7AsPrinted { get; init; }
    /// <summary>Source table and notes.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>One Table A6 value ("Tariff Rate Indicators of Peru by Economic Sectors, 2001-2007").</summary>
public sealed record TariffStructureDto
{
    /// <summary>Stable id of the value.</summary>
    public required int Id { get; init; }
    /// <summary>simple-average-percent (simple average applied tariff, percent), standard-deviation-points (of all applied tariffs, percentage points) or tariff-lines-count (number of lines).</summary>
    public required TariffStructureIndicator Indicator { get; init; }
    /// <summary>The year as printed; "2006/2007" is one column of the table.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>Sector group id (see /api/v1/tariffs/sector-groups).</summary>
    public required string SectorGroupId { get; init; }
    /// <summary>The value in the indicator's unit.</summary>
    public required double Value { get; init; }
    /// <summary>The cell exactly as printed.</summary>
    public required string ValueAsPrinted { get; init; }
    /// <summary>Source table and notes.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>One Table A7 value ("Percentage of Tariff Lines by Tariff Rates, 2001-2007").</summary>
public sealed record TariffBandShareDto
{
    /// <summary>Stable id of the value.</summary>
    public required int Id { get; init; }
    /// <summary>Tariff band: 0, 0-5, 5-10, 10-15, 15-20 or over-20 (the last band has no label in the paper).</summary>
    public required TariffBand BandId { get; init; }
    /// <summary>The band's label as printed (such as "0%&lt;X≤5%"); null for the last band, which the paper leaves unlabelled.</summary>
    public required string? BandAsPrinted { get; init; }
    /// <summary>Rates above this bound are in the band, percent; null for the 0% band.</summary>
    public required double? LowerExclusivePercent { get; init; }
    /// <summary>Rates up to and including this bound are in the band, percent; null for the open last band.</summary>
    public required double? UpperInclusivePercent { get; init; }
    /// <summary>Year.</summary>
    public required int Year { get; init; }
    /// <summary>Sector group id (see /api/v1/tariffs/sector-groups).</summary>
    public required string SectorGroupId { get; init; }
    /// <summary>Share of the group's tariff lines in the band, percent.</summary>
    public required double? SharePercent { get; init; }
    /// <summary>The cell as printed; null where the table lost the cell and the value was inferred.</summary>
    public required string? ShareAsPrinted { get; init; }
    /// <summary>confident: the printed cell sits in its row and column; inferred: Table A7 is misaligned in the source and the value was placed by the reasoning in provenance.note.</summary>
    public required CellPlacement Placement { get; init; }
    /// <summary>Why sharePercent is null; null when there is a value.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>Source table and how the cell was placed.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A Table A8 coefficient: the simple correlation across sectors between protection and output growth.</summary>
public sealed record ProtectionGrowthCorrelationDto
{
    /// <summary>Stable id of the value.</summary>
    public required int Id { get; init; }
    /// <summary>The period as printed; pooled periods are printed latest year first ("1992-1990").</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>The protection measure correlated with output growth: effective-protection or ad-valorem-tariff.</summary>
    public required ProtectionMeasure Measure { get; init; }
    /// <summary>Pearson correlation coefficient, between -1 and 1; null where the paper prints n.a.</summary>
    public required double? Coefficient { get; init; }
    /// <summary>The coefficient as printed (trailing zeros and "**" kept).</summary>
    public required string CoefficientAsPrinted { get; init; }
    /// <summary>Number of observations (sectors, or sector-years for pooled periods); null where not available.</summary>
    public required int? Observations { get; init; }
    /// <summary>True where the paper marks the coefficient "**significant 5%".</summary>
    public required bool SignificantAt5Percent { get; init; }
    /// <summary>Why the coefficient is null; null when there is one.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>Source table and notes.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
