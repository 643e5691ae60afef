using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>An indicator's results over the periods or items it covers, with the notes that qualify all of them.</summary>
/// <typeparam name="T">The result of one period or item.</typeparam>
public sealed record IndicatorResults<T>
{
    /// <summary>The indicator's id in /api/v1/indicators.</summary>
    public required string Indicator { get; init; }
    /// <summary>What the reader should know about the inputs or the comparison with the paper.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>One result per period or item.</summary>
    public required IReadOnlyList<T> Results { get; init; }
}

/// <summary>A stored value an indicator used, with where it comes from.</summary>
public sealed record IndicatorInputDto
{
    /// <summary>What the value is (a sector, a band, an institution ...).</summary>
    public required string Id { get; init; }
    /// <summary>The value.</summary>
    public required double? Value { get; init; }
    /// <summary>The cell as printed, where the value is a cell of the paper.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>Source table or section and footnotes.</summary>
    public required ProvenanceDto? Provenance { get; init; }
}

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

/// <summary>A sector's effective protection in a period and its rank.</summary>
public sealed record SectorProtectionRankDto
{
    /// <summary>The Table 8 sector.</summary>
    public required string SectorId { get; init; }
    /// <summary>The sector as printed.</summary>
    public required string Sector { get; init; }
    /// <summary>Effective rate of protection, percent; null where Table 8 gives none.</summary>
    public required double? EffectiveProtectionPercent { get; init; }
    /// <summary>The cell as printed.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>1 for the most protected; ties share a rank; null without a value.</summary>
    public required int? Rank { get; init; }
}

/// <summary>Table 8's effective protection in one period, ranked.</summary>
public sealed record SectorProtectionRankingDto
{
    /// <summary>The Table 8 period.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>Sectors from most to least protected, those without a value last.</summary>
    public required IReadOnlyList<SectorProtectionRankDto> Sectors { get; init; }
}

/// <summary>The correlation between protection and output growth across sectors in one Table 8 period, beside Table A8.</summary>
public sealed record ProtectionGrowthCorrelationResultDto
{
    /// <summary>The Table 8 period.</summary>
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
    /// <summary>Output growth, percent a year; null where Table 8 gives none (the pair is dropped).</summary>
    public required double? OutputGrowth { get; init; }
    /// <summary>Provenance of the protection cell (its footnotes qualify the value).</summary>
    public required ProvenanceDto? ProtectionProvenance { get; init; }
    /// <summary>Provenance of the output-growth cell.</summary>
    public required ProvenanceDto? OutputGrowthProvenance { get; init; }
}

/// <summary>An agreement's preference margin against the MFN average (Table 10, 2006).</summary>
public sealed record PreferenceMarginDto
{
    /// <summary>The agreement (/api/v1/ptas/{id}).</summary>
    public required string PtaId { get; init; }
    /// <summary>Its short name.</summary>
    public required string Name { get; init; }
    /// <summary>Its average preferential tariff, percent.</summary>
    public required double? PreferentialAveragePercent { get; init; }
    /// <summary>MFN average minus the preferential average, percentage points.</summary>
    public required double? MarginPoints { get; init; }
    /// <summary>Its average preferential tariff on agriculture, percent; null where Table 10 gives none.</summary>
    public required double? PreferentialAgricultureAveragePercent { get; init; }
    /// <summary>MFN agriculture average minus the agreement's, percentage points; null where either is missing.</summary>
    public required double? AgricultureMarginPoints { get; init; }
    /// <summary>Why a margin is null.</summary>
    public required string? NullReason { get; init; }
    /// <summary>Source table, footnotes and note of the agreement's row.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>Preference margins of every agreement with an average tariff in Table 10.</summary>
public sealed record PreferenceMarginsDto
{
    /// <summary>The year of the averages.</summary>
    public required int? Year { get; init; }
    /// <summary>The MFN average tariff, percent.</summary>
    public required double MfnAveragePercent { get; init; }
    /// <summary>The MFN average on agriculture (and fishing), percent.</summary>
    public required double? MfnAgricultureAveragePercent { get; init; }
    /// <summary>One row per agreement, largest margin first.</summary>
    public required IReadOnlyList<PreferenceMarginDto> Agreements { get; init; }
    /// <summary>Where the averages come from.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>An institution's cost-effectiveness with the Table 18 cells it was computed from.</summary>
public sealed record CostEffectivenessResultDto
{
    /// <summary>Resources per beneficiary, impact per resource, the perception gap and the ranks.</summary>
    public required InstitutionCostEffectiveness Result { get; init; }
    /// <summary>The cells used: impact scores by dimension and respondent, resources per beneficiary, beneficiaries.</summary>
    public required IReadOnlyList<IndicatorInputDto> Inputs { get; init; }
}
