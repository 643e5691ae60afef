using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.Concentration;

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
