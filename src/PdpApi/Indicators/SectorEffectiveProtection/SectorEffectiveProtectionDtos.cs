using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.SectorEffectiveProtection;

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
    /// <summary>The years the value covers: the column's, or its footnote's where a footnote gives other years ("Effective Protection of 1992.").</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>1 for the most protected; ties share a rank; null without a value.</summary>
    public required int? Rank { get; init; }
}

/// <summary>Table 8's effective protection in one period, ranked.</summary>
public sealed record SectorProtectionRankingDto
{
    /// <summary>The Table 8 period column, as printed; each sector's value carries its own years where a footnote gives others.</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>Sectors from most to least protected, those without a value last.</summary>
    public required IReadOnlyList<SectorProtectionRankDto> Sectors { get; init; }
}
