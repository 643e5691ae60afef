using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.SpendingPerFirm;

[Tags("Indicators")]
public sealed class SpendingPerFirmEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute spending per firm</summary>
    /// <remarks>
    /// The selected institutions' annual average expenditure in 2006-2007 (Table 5; INCAGRO's investment spending, the
    /// only figure it prints) over the micro and small firms of Table A5 (2006), per month, beside the US$3.2 per month the
    /// text quotes (Section 3.3).
    /// </remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(SpendingPerFirmDescriptor.IndicatorId, Name = "computeSpendingPerFirm")]
    [Produces("application/json")]
    [ProducesResponseType<SpendingPerFirmDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<SpendingPerFirmDto>> Compute(CancellationToken cancellationToken)
    {
        var (spending, withoutTotal, firms, quoted) = await SpendingPerFirmInputs.GatherAsync(db, cancellationToken);
        var total = spending.Sum(f => f.Value!.Value) * 1_000_000;
        var result = Domain.CostEffectiveness.SpendingPerFirmPerMonth(Math.Round(total, 4), firms?.Value);
        return new SpendingPerFirmDto
        {
            Spending = spending.Select(f => new IndicatorInputDto
            {
                Id = f.Measure == SpendingPerFirmInputs.TotalExpenditure ? f.InstitutionId! : $"{f.InstitutionId}.investment-expenditure",
                Value = f.Value,
                ValueAsPrinted = f.ValueAsPrinted,
                Provenance = ProvenanceMapping.ToDto(f.Provenance),
            }).ToList(),
            InstitutionsWithoutTotal = withoutTotal,
            Firms = firms is null ? null : new IndicatorInputDto { Id = "micro-and-small-firms", Value = firms.Value, ValueAsPrinted = firms.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(firms.Provenance) },
            Result = result,
            Reported = result.SpendingPerFirmPerMonth is null ? null
                : Reproduction.Compare(result.SpendingPerFirmPerMonth.Value, quoted?.Value, quoted?.Value?.ToString(CultureInfo.InvariantCulture)),
            ReportedAsPrinted = quoted?.ValueAsPrinted,
            Notes = SpendingPerFirmDescriptor.Notes,
        };
    }
}
