using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.ProtectionGrowthCorrelations;

/// <summary>The correlation between protection and output growth across sectors in one Table 8 period, beside Table A8.</summary>
public sealed record ProtectionGrowthCorrelationResultDto
{
    /// <summary>The Table 8 period column, as printed; each pair's values carry their own years where a footnote gives others.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>ad-valorem-tariff or effective-protection.</summary>
    public required string Measure { get; init; }
    /// <summary>Pearson correlation with its test.</summary>
    public required CorrelationResult Pearson { get; init; }
    /// <summary>Spearman rank correlation with its test.</summary>
    public required CorrelationResult Spearman { get; init; }
    /// <summary>Table A8's coefficient for the same years (the pooled row for a span), and the observations it used.</summary>
    public required ReportedCorrelationDto? Reported { get; init; }
    /// <summary>The sectors' values used (x: protection, y: output growth).</summary>
    public required IReadOnlyList<CorrelationPairDto> Pairs { get; init; }
}

/// <summary>A coefficient Table A8 prints.</summary>
public sealed record ReportedCorrelationDto
{
    /// <summary>The Table A8 period as printed ("1992-1990").</summary>
    public required string PeriodAsPrinted { get; init; }
    /// <summary>The coefficient; null where A8 prints n.a.</summary>
    public required double? Coefficient { get; init; }
    /// <summary>Observations A8 used.</summary>
    public required int? Observations { get; init; }
    /// <summary>Whether A8 marks it significant at 5 percent; null where A8 prints no coefficient.</summary>
    public required bool? SignificantAt5Percent { get; init; }
    /// <summary>The computed Pearson coefficient minus A8's.</summary>
    public required double? Difference { get; init; }
}

/// <summary>One sector's protection and output growth.</summary>
public sealed record CorrelationPairDto
{
    /// <summary>The Table 8 sector.</summary>
    public required string SectorId { get; init; }
    /// <summary>Tariff or effective protection, percent; null where Table 8 gives none (the pair is dropped).</summary>
    public required double? Protection { get; init; }
    /// <summary>Output growth, percent a year; null where Table 8 gives none for the sector as a whole, n.a. or values for parts of it only (the pair is dropped).</summary>
    public required double? OutputGrowth { get; init; }
    /// <summary>The years the protection value covers: the column's, or its footnote's where a footnote gives other years ("Year 1992."); null without a cell.</summary>
    public required PeriodDto? ProtectionPeriod { get; init; }
    /// <summary>The years the output growth covers, read the same way ("Growth Rate of 1992-1991." reads 1991-1992); null without a cell.</summary>
    public required PeriodDto? OutputGrowthPeriod { get; init; }
    /// <summary>Provenance of the protection cell (its footnotes qualify the value).</summary>
    public required ProvenanceDto? ProtectionProvenance { get; init; }
    /// <summary>Provenance of the output-growth cell.</summary>
    public required ProvenanceDto? OutputGrowthProvenance { get; init; }
}
