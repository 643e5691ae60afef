using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.GrowthAccounting;

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
