using Microsoft.AspNetCore.Mvc;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.GrowthAccounting;

[Tags("Indicators")]
public sealed class GrowthAccountingEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Three inputs printed to one decimal can each be 0.05 off.</summary>
    private const double RoundingOfInputs = 0.15;

    /// <summary>Compute the TFP residual</summary>
    /// <remarks>
    /// For each period of Table 1's sources of growth: GDP growth minus the contributions of labour and capital, beside
    /// the TFP the table prints. The terms-of-trade row is not a contribution (subtracting it reproduces no period).
    /// 2002-2004 does not reproduce: 4.7 - 1.1 - 2.6 = 1.0 against a printed 0.0.
    /// </remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(GrowthAccountingDescriptor.IndicatorId, Name = "computeGrowthAccounting")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<GrowthAccountingResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<GrowthAccountingResultDto>>> Compute(CancellationToken cancellationToken)
    {
        var periods = await GrowthAccountingInputs.GatherAsync(db, cancellationToken);
        return new IndicatorResults<GrowthAccountingResultDto>
        {
            Indicator = GrowthAccountingDescriptor.IndicatorId,
            Notes = GrowthAccountingDescriptor.Notes,
            Results = periods.Select(Residual).ToList(),
        };
    }

    private static GrowthAccountingResultDto Residual(GrowthPeriodInputs inputs)
    {
        var residual = Domain.GrowthAccounting.Residual(inputs.GdpGrowth.Value!.Value,
            [new FactorContribution("labor", inputs.Labor.Value!.Value), new FactorContribution("capital", inputs.Capital.Value!.Value)]);
        return new GrowthAccountingResultDto
        {
            Period = inputs.Period,
            Residual = residual,
            Inputs = [inputs.GdpGrowth, inputs.Labor, inputs.Capital, inputs.PrintedTfp],
            Tfp = Reproduction.Compare(Math.Round(residual.TfpGrowthPercent, 10), inputs.PrintedTfp.Value, inputs.PrintedTfp.ValueAsPrinted, RoundingOfInputs),
        };
    }
}
