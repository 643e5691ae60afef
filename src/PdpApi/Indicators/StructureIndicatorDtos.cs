using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>The concentration of one share distribution (a period, and a country or flow/stock where the dataset has them).</summary>
public sealed record ConcentrationResultDto
{
    /// <summary>The dataset.</summary>
    public required string Dataset { get; init; }
    /// <summary>The period of the shares.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>flow or stock (FDI), the country (NTB shares); null otherwise.</summary>
    public required string? Group { get; init; }
    /// <summary>The leaf categories used (no subtotal), with their values and provenance.</summary>
    public required IReadOnlyList<IndicatorInputDto> CategoriesUsed { get; init; }
    /// <summary>Categories left out and why (a negative share, a missing value).</summary>
    public required IReadOnlyList<string> Excluded { get; init; }
    /// <summary>CR-k, HHI and the rest; shares are normalised to the total of the categories used (inputTotal).</summary>
    public required ConcentrationResult Result { get; init; }
    /// <summary>Where the paper quotes the same concentration ratio: the computed CR-k (on the printed shares) against it.</summary>
    public required Reproduction? Reported { get; init; }
    /// <summary>The figure the comparison is with, as quoted.</summary>
    public required string? ReportedAsPrinted { get; init; }
}

/// <summary>The TFP residual of one Table 1 period, beside the TFP the table prints.</summary>
public sealed record GrowthAccountingResultDto
{
    /// <summary>The Table 1 period.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>GDP growth minus the labour and capital contributions.</summary>
    public required TfpResidualResult Residual { get; init; }
    /// <summary>The Table 1 cells used: GDP growth, the labour and capital contributions and the printed TFP.</summary>
    public required IReadOnlyList<IndicatorInputDto> Inputs { get; init; }
    /// <summary>The residual against Table 1's TFP row (tolerance: rounding of the printed TFP and of the three inputs).</summary>
    public required Reproduction Tfp { get; init; }
}

/// <summary>A transformation of a stored series.</summary>
public sealed record SeriesTransformationDto
{
    /// <summary>The series.</summary>
    public required string Series { get; init; }
    /// <summary>The series' unit.</summary>
    public required string Unit { get; init; }
    /// <summary>The dimension value transformed; null for a series without dimension, or for shares (all values of the period).</summary>
    public required string? Dimension { get; init; }
    /// <summary>change, percent-change, cagr or share.</summary>
    public required string Transformation { get; init; }
    /// <summary>Period-to-period changes (change, percent-change).</summary>
    public required IReadOnlyList<SeriesChange>? Changes { get; init; }
    /// <summary>Compound annual growth between two periods (cagr).</summary>
    public required CompoundGrowthResult? CompoundGrowth { get; init; }
    /// <summary>Shares of the total (share), one per dimension value, with its id.</summary>
    public required IReadOnlyList<DimensionShareDto>? Shares { get; init; }
    /// <summary>What the total of the shares is (the given total, the series' total row, or the sum of the values).</summary>
    public required string? TotalBasis { get; init; }
}

/// <summary>A dimension value's share of the total.</summary>
public sealed record DimensionShareDto
{
    /// <summary>The dimension value.</summary>
    public required string DimensionId { get; init; }
    /// <summary>Its share.</summary>
    public required SeriesShare Share { get; init; }
}
