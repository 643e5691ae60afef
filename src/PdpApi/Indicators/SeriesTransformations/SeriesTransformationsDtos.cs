using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.SeriesTransformations;

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
