using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.TariffStructure;

[Tags("Indicators")]
public sealed class TariffStructureEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute the tariff structure</summary>
    /// <remarks>
    /// Mean, standard deviation, coefficient of variation and peak share of the tariff distribution for every Table 7
    /// schedule (lines by rate) and every Table A7 year (all goods, share of lines by band), beside the averages and
    /// deviations Tables 7 and A6 print, with the difference and whether rounding explains it.
    /// </remarks>
    /// <param name="query">The parameters, each described on its own.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(TariffStructureDescriptor.IndicatorId, Name = "computeTariffStructure")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<TariffStructureResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<TariffStructureResultDto>>> Compute([FromQuery] TariffStructureQuery query, CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(HttpContext);
        var bandRates = query.Parse(errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());

        var distributions = await TariffStructureInputs.GatherAsync(db, bandRates, cancellationToken);
        return new IndicatorResults<TariffStructureResultDto>
        {
            Indicator = TariffStructureDescriptor.IndicatorId,
            Notes = TariffStructureDescriptor.Notes,
            Results = distributions.Select(Describe).ToList(),
        };
    }

    private static TariffStructureResultDto Describe(TariffDistributionInputs inputs)
    {
        var described = TariffDistribution.Describe(inputs.Distribution.Select(d => (d.RatePercent, d.Weight)).ToList());
        return new TariffStructureResultDto
        {
            Source = inputs.Source,
            Period = inputs.Period,
            Distribution = inputs.Distribution,
            MeanPercent = described.MeanPercent,
            StandardDeviationPoints = described.StandardDeviation,
            CoefficientOfVariation = described.CoefficientOfVariation,
            CoefficientOfVariationReason = described.CoefficientOfVariationReason,
            PeakSharePercent = described.PeakSharePercent,
            PeakRatePercent = described.MaximumPercent,
            Mean = inputs.PrintedMean.CompareWith(described.MeanPercent),
            StandardDeviation = inputs.PrintedStandardDeviation.CompareWith(described.StandardDeviation),
            Working = described.Working,
        };
    }
}
