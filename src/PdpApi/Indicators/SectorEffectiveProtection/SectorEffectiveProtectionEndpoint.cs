using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.SectorEffectiveProtection;

[Tags("Indicators")]
public sealed class SectorEffectiveProtectionEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Rank sectors by effective protection</summary>
    /// <remarks>Table 8's effective rates of protection in each period, from most to least protected; ties share a rank, sectors without a value come last.</remarks>
    /// <param name="query">The parameters, each described on its own.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(SectorEffectiveProtectionDescriptor.IndicatorId, Name = "rankSectorEffectiveProtection")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<SectorProtectionRankingDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<SectorProtectionRankingDto>>> Compute([FromQuery] SectorEffectiveProtectionQuery query, CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(HttpContext);
        var range = query.Parse(errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        var periods = await SectorEffectiveProtectionInputs.GatherAsync(db, range, cancellationToken);
        return new IndicatorResults<SectorProtectionRankingDto>
        {
            Indicator = SectorEffectiveProtectionDescriptor.IndicatorId,
            Notes = SectorEffectiveProtectionDescriptor.Notes,
            Results = periods.Select(Rank).ToList(),
        };
    }

    private static SectorProtectionRankingDto Rank(PeriodEffectiveProtection period)
    {
        var ranks = Domain.EffectiveProtection.Rank(period.Sectors.Select(v => (v.SectorId, v.ValuePercent)).ToList()).ToDictionary(r => r.Id);
        return new SectorProtectionRankingDto
        {
            Period = period.Period,
            Sectors = period.Sectors.Select(v => new SectorProtectionRankDto
                {
                    SectorId = v.SectorId,
                    Sector = v.Sector,
                    EffectiveProtectionPercent = v.ValuePercent,
                    ValueAsPrinted = v.ValueAsPrinted,
                    Period = PeriodDto.Of(v.Period),
                    Rank = ranks[v.SectorId].Rank,
                })
                .OrderBy(s => s.Rank ?? int.MaxValue).ThenBy(s => s.SectorId, StringComparer.Ordinal)
                .ToList(),
        };
    }
}
