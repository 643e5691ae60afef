using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.PreferenceMargins;

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
