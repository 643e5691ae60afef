using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.ProtectionGrowthCorrelations;

[Tags("Indicators")]
public sealed class ProtectionGrowthCorrelationsEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Correlate protection with output growth</summary>
    /// <remarks>
    /// For each Table 8 period, Pearson and Spearman correlations between the sectors' protection (tariff or effective
    /// protection) and their output growth, with t, two-sided p-value and a 5 percent flag, beside the coefficient Table
    /// A8 prints for the same years. Table A8 used more observations than Table 8's sectors (its N column), so the
    /// coefficients need not agree; the difference is shown, not explained away.
    /// </remarks>
    /// <param name="query">The parameters, each described on its own.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(ProtectionGrowthCorrelationsDescriptor.IndicatorId, Name = "computeProtectionGrowthCorrelations")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<ProtectionGrowthCorrelationResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<ProtectionGrowthCorrelationResultDto>>> Compute([FromQuery] ProtectionGrowthCorrelationsQuery query, CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(HttpContext);
        var measures = query.Parse(errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        var inputs = await ProtectionGrowthCorrelationsInputs.GatherAsync(db, measures, cancellationToken);
        return new IndicatorResults<ProtectionGrowthCorrelationResultDto>
        {
            Indicator = ProtectionGrowthCorrelationsDescriptor.IndicatorId,
            Notes = ProtectionGrowthCorrelationsDescriptor.Notes,
            Results = inputs.Select(Correlate).ToList(),
        };
    }

    private static ProtectionGrowthCorrelationResultDto Correlate(CorrelationInputs inputs)
    {
        var pairs = inputs.Pairs.Select(p => (p.Protection, p.OutputGrowth)).ToList();
        var pearson = Correlation.Pearson(pairs);
        var match = inputs.Reported;
        return new ProtectionGrowthCorrelationResultDto
        {
            Period = inputs.Period,
            Measure = EnumText.Name(inputs.Measure),
            Pearson = pearson,
            Spearman = Correlation.Spearman(pairs),
            Reported = match is null ? null : new ReportedCorrelationDto
            {
                PeriodAsPrinted = match.Period.Label,
                Coefficient = match.Coefficient,
                Observations = match.Observations,
                SignificantAt5Percent = match.Coefficient is null ? null : match.SignificantAt5Percent,
                Difference = match.Coefficient is null || pearson.R is null ? null : pearson.R - match.Coefficient,
            },
            Pairs = inputs.Pairs,
        };
    }
}
