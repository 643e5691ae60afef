using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.PriceBand;

[Tags("Indicators")]
public sealed class PriceBandEndpoint : IndicatorEndpoint
{
    /// <summary>Compute a price-band duty</summary>
    /// <remarks>
    /// Section 4.1 (vi)-(vii): the last 60 monthly FOB prices are brought to current dollars with US CPI factors; the
    /// floor is their mean plus a share of their standard deviation; the specific duty is the margin factor times the
    /// amount by which the floor exceeds the reference price (none when it does not). Every step is in the working.
    /// Limits: at most 600 months, a body of at most 64 KB (413 beyond), prices up to 1E+9 and factors up to 1000;
    /// fields the schema does not list are refused.
    /// </remarks>
    [HttpPost(PriceBandDescriptor.IndicatorId, Name = "computePriceBand")]
    [RequestSizeLimit(PriceBandRequest.MaxBodyBytes)]
    [ExpensiveOperation]
    [EnableCors(Browsers.CalculatorPolicy)]
    [Consumes("application/json")]
    [Produces("application/json")]
    [ProducesResponseType<PriceBandResult>(StatusCodes.Status200OK)]
    public ActionResult<PriceBandResult> Compute([FromBody] PriceBandRequest request) =>
        PriceBandCalculator.Calculate(request.MonthlyFobPrices, request.CpiFactors, request.StandardDeviationShare, request.MarginFactor, request.ReferencePrice);
}
