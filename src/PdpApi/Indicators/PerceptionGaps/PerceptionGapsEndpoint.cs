using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.PerceptionGaps;

[Tags("Indicators")]
public sealed class PerceptionGapsEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute perception gaps</summary>
    /// <remarks>For each dimension of Table 12 (the institutional framework) and of Table 18 (impacts, by institution): the institutions' score minus the beneficiaries'.</remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(PerceptionGapsDescriptor.IndicatorId, Name = "computePerceptionGaps")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<PerceptionGapsDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<PerceptionGapsDto>>> Compute(CancellationToken cancellationToken)
    {
        var tables = await PerceptionGapsInputs.GatherAsync(db, cancellationToken);
        return new IndicatorResults<PerceptionGapsDto>
        {
            Indicator = PerceptionGapsDescriptor.IndicatorId,
            Notes = PerceptionGapsDescriptor.Notes,
            Results = tables.Select(Gaps).ToList(),
        };
    }

    private static PerceptionGapsDto Gaps(PerceptionScores table)
    {
        var scores = table.Scores.GroupBy(f => f.Dimension!).Select(d => new PerceptionScore(d.Key,
            d.FirstOrDefault(f => f.Respondent == Respondent.Institution)?.Value,
            d.FirstOrDefault(f => f.Respondent == Respondent.Beneficiary)?.Value)).ToList();
        return new PerceptionGapsDto
        {
            Source = table.Source,
            InstitutionId = table.InstitutionId,
            Gaps = Domain.CostEffectiveness.PerceptionGaps(scores),
            Inputs = table.Scores.Select(f => new IndicatorInputDto
            {
                Id = $"{f.Dimension}.{(f.Respondent is { } respondent ? EnumText.Name(respondent) : null)}",
                Value = f.Value,
                ValueAsPrinted = f.ValueAsPrinted,
                Provenance = ProvenanceMapping.ToDto(f.Provenance),
            }).ToList(),
        };
    }
}
