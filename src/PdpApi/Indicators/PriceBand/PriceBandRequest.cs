using PdpApi.Domain;

namespace PdpApi.Indicators.PriceBand;

/// <summary>The caller's numbers for the price-band calculator.</summary>
public sealed record PriceBandRequest
{
    /// <summary>The largest body the calculator reads: 600 months of two numbers each, with room to spare.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>International FOB prices, US$ per tonne, one per month, oldest first; 60 to 600 (the last 60 are used).</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(PriceBandCalculator.MaxMonths, ErrorMessage = "Give at most {1} values.")]
    public required IReadOnlyList<double> MonthlyFobPrices { get; init; }
    /// <summary>US CPI factors, one per price, each bringing that month's price to current terms (current CPI / that month's CPI).</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(PriceBandCalculator.MaxMonths, ErrorMessage = "Give at most {1} values.")]
    public required IReadOnlyList<double> CpiFactors { get; init; }
    /// <summary>k, the share of the standard deviation added to the mean (0 or more).</summary>
    public required double StandardDeviationShare { get; init; }
    /// <summary>The multiplier of the floor-minus-reference difference (1 or more; a 10 percent margin is 1.1).</summary>
    public required double MarginFactor { get; init; }
    /// <summary>The reference (FOB import) price, US$ per tonne (more than 0).</summary>
    public required double ReferencePrice { get; init; }
}
