using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.CostEffectiveness;

/// <summary>An institution's cost-effectiveness with the Table 18 cells it was computed from.</summary>
public sealed record CostEffectivenessResultDto
{
    /// <summary>Resources per beneficiary, impact per resource, the perception gap and the ranks.</summary>
    public required InstitutionCostEffectiveness Result { get; init; }
    /// <summary>The cells used: impact scores by dimension and respondent, resources per beneficiary, beneficiaries.</summary>
    public required IReadOnlyList<IndicatorInputDto> Inputs { get; init; }
}
