using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.TariffStructure;

/// <summary>Tariff structure of one schedule or year, recomputed from its lines and set beside what the paper prints.</summary>
public sealed record TariffStructureResultDto
{
    /// <summary>table-7 (lines by rate) or table-a7 (shares of lines by band, all goods).</summary>
    public required string Source { get; init; }
    /// <summary>The schedule's date or the table's year.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>The distribution used: a rate (the band's representative rate for Table A7) and its weight (lines, or percent of lines).</summary>
    public required IReadOnlyList<RateWeightDto> Distribution { get; init; }
    /// <summary>Line-weighted mean rate, percent.</summary>
    public required double MeanPercent { get; init; }
    /// <summary>Line-weighted (population) standard deviation, percentage points.</summary>
    public required double StandardDeviationPoints { get; init; }
    /// <summary>Standard deviation over mean; null when the mean is 0 (see reason).</summary>
    public required double? CoefficientOfVariation { get; init; }
    /// <summary>Why the coefficient of variation is null.</summary>
    public required string? CoefficientOfVariationReason { get; init; }
    /// <summary>Share of the lines at the highest rate, percent.</summary>
    public required double PeakSharePercent { get; init; }
    /// <summary>The highest rate in the distribution, percent.</summary>
    public required double PeakRatePercent { get; init; }
    /// <summary>The mean against the average the paper prints (Table 7, or Table A6 for the same year).</summary>
    public required Reproduction Mean { get; init; }
    /// <summary>The standard deviation against the one the paper prints; reported null where it prints none.</summary>
    public required Reproduction StandardDeviation { get; init; }
    /// <summary>The computation step by step.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>A rate and the weight of lines at it.</summary>
public sealed record RateWeightDto
{
    /// <summary>The band or rate as the table prints it.</summary>
    public required string Label { get; init; }
    /// <summary>The rate used, percent.</summary>
    public required double RatePercent { get; init; }
    /// <summary>Number of lines (Table 7) or percent of lines (Table A7).</summary>
    public required double Weight { get; init; }
    /// <summary>Source table, footnotes and note of the cell the weight comes from (for Table A7, how the cell was placed).</summary>
    public required ProvenanceDto Provenance { get; init; }
}
