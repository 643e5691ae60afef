using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.LegalInstability;

[Tags("Indicators")]
public sealed class LegalInstabilityEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute legal instability</summary>
    /// <remarks>
    /// From the legal events (one published reading per act): acts per institution, per administration and per decade,
    /// and the mean interval in years between an institution's successive acts (a date known only to the year is taken
    /// at mid-year, and the interval is marked approximate).
    /// </remarks>
    /// <param name="query">The parameters, each described on its own.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(LegalInstabilityDescriptor.IndicatorId, Name = "computeLegalInstability")]
    [Produces("application/json")]
    [ProducesResponseType<LegalInstabilityDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<LegalInstabilityDto>> Compute([FromQuery] LegalInstabilityQuery query, CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(HttpContext);
        var ids = await query.ParseAsync(db, errors, cancellationToken);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());

        var (used, undated) = await LegalInstabilityInputs.GatherAsync(db, ids, cancellationToken);
        var acts = used.Select(x => new LegalAct(x.InstitutionId, new LegalDate(x.Event.Year!.Value, x.Event.Month, x.Event.Month is null ? null : x.Event.Day), EnumText.Name(x.Event.EventType), x.Event.AdministrationId)).ToList();
        return new LegalInstabilityDto
        {
            Acts = acts.Count,
            UndatedActsLeftOut = undated,
            PerInstitution = Domain.LegalInstability.ActsPerInstitution(acts),
            PerAdministration = Domain.LegalInstability.ActsPerAdministration(acts),
            PerDecade = Domain.LegalInstability.ActsPerDecade(acts),
            MeanIntervals = Domain.LegalInstability.MeanIntervals(acts),
            ActsUsed = used.Select(x => new LegalActUsedDto
            {
                LegalEventId = x.Event.Id,
                InstitutionId = x.InstitutionId,
                DateAsPrinted = x.Event.DateAsPrinted,
                Year = x.Event.Year!.Value,
                EventType = x.Event.EventType,
                AdministrationId = x.Event.AdministrationId,
                Provenance = ProvenanceMapping.ToDto(x.Event.Provenance),
            }).ToList(),
            Notes = LegalInstabilityDescriptor.Notes,
        };
    }
}
