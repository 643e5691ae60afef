using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.CostEffectiveness;

[Tags("Indicators")]
public sealed class CostEffectivenessEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute cost-effectiveness</summary>
    /// <remarks>
    /// Table 18: each institution's mean impact score (its own view and its beneficiaries'), resources per beneficiary,
    /// impact per US$ of resources per beneficiary, and the ranks. INCAGRO's two components (FDSE, FTA) are separate rows.
    /// </remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(CostEffectivenessDescriptor.IndicatorId, Name = "computeCostEffectiveness")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<CostEffectivenessResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<CostEffectivenessResultDto>>> Compute(CancellationToken cancellationToken)
    {
        var rows = await CostEffectivenessInputs.GatherAsync(db, cancellationToken);
        var results = Domain.CostEffectiveness.Compare(rows.Select(ToInput).ToList());
        return new IndicatorResults<CostEffectivenessResultDto>
        {
            Indicator = CostEffectivenessDescriptor.IndicatorId,
            Notes = CostEffectivenessDescriptor.Notes,
            Results = results.Select((r, i) => new CostEffectivenessResultDto { Result = r, Inputs = CellsUsed(rows[i]) }).ToList(),
        };
    }

    /// <summary>
    /// The resources are the product of resources per beneficiary and beneficiaries (the implied total), so that their
    /// ratio reproduces the printed figure; without a count, the printed figure stands for one beneficiary.
    /// </summary>
    private static InstitutionCostInput ToInput(InstitutionCostCells row)
    {
        var perBeneficiary = row.ResourcesPerBeneficiary?.Value;
        var count = row.Beneficiaries?.Value;
        return new InstitutionCostInput(row.Id, MeanScore(row, Respondent.Institution), MeanScore(row, Respondent.Beneficiary),
            perBeneficiary is null || count is null ? perBeneficiary : Math.Round(perBeneficiary.Value * count.Value, 6),
            perBeneficiary is null ? null : count ?? 1);
    }

    private static double? MeanScore(InstitutionCostCells row, Respondent respondent)
    {
        var scores = row.ImpactScores.Where(f => f.Respondent == respondent && f.Value is not null).Select(f => f.Value!.Value).ToList();
        return scores.Count == 0 ? null : Math.Round(scores.Average(), 10);
    }

    private static List<IndicatorInputDto> CellsUsed(InstitutionCostCells row) =>
        row.ImpactScores
            .Concat(row.ResourcesPerBeneficiary is null ? [] : [row.ResourcesPerBeneficiary])
            .Concat(row.Beneficiaries is null ? [] : [row.Beneficiaries])
            .Select(f => new IndicatorInputDto
            {
                Id = string.Join('.', new[] { f.Measure, f.Respondent is { } respondent ? EnumText.Name(respondent) : null, f.Dimension }.OfType<string>()),
                Value = f.Value,
                ValueAsPrinted = f.ValueAsPrinted,
                Provenance = ProvenanceMapping.ToDto(f.Provenance),
            })
            .ToList();
}
