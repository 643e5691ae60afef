using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.PerceptionGaps;

/// <summary>Perception gaps of one table (and institution, for Table 18).</summary>
public sealed record PerceptionGapsDto
{
    /// <summary>table-12 or table-18.</summary>
    public required string Source { get; init; }
    /// <summary>The institution (Table 18); null for Table 12, which pools all respondents.</summary>
    public required string? InstitutionId { get; init; }
    /// <summary>One gap per dimension.</summary>
    public required IReadOnlyList<DimensionPerceptionGap> Gaps { get; init; }
    /// <summary>The scores used, each with its provenance.</summary>
    public required IReadOnlyList<IndicatorInputDto> Inputs { get; init; }
}
