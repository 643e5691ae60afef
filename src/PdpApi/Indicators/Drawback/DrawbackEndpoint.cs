using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.Drawback;

[Tags("Indicators")]
public sealed class DrawbackEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute an export drawback</summary>
    /// <remarks>
    /// Whether an export qualifies for the drawback in a year, each rule in force checked in order with its decree, the
    /// rule that decides, and the refund (rate times FOB value). Rules the paper states only "by 2007", and lists of
    /// excluded products it names without HS codes, are reported as not evaluated rather than guessed: qualifies means
    /// that no rule that could be checked fails, and unverifiedRuleIds lists the ones that could not (an excluded product,
    /// such as coffee, is not recognised without its code). A ceiling changed during a year applies to the whole year.
    /// </remarks>
    /// <param name="query">The parameters, each described on its own.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(DrawbackDescriptor.IndicatorId, Name = "computeDrawback")]
    [ExpensiveOperation]
    [Produces("application/json")]
    [ProducesResponseType<DrawbackResult>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DrawbackResult>> Compute([FromQuery] DrawbackQuery query, CancellationToken cancellationToken)
    {
        var rules = await DrawbackInputs.GatherAsync(db, cancellationToken);
        return DrawbackCalculator.Calculate(rules, query.Year, query.FobExportValueUsd, query.CifImportedInputsUsd, query.HsHeading,
            query.InputsUnderPreferentialRegime, query.TariffHeadingExportsPreviousYearUsd);
    }
}
