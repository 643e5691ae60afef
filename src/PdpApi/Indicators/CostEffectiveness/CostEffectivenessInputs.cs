using Microsoft.EntityFrameworkCore;
using PdpApi.Data;
using PdpApi.Figures;

namespace PdpApi.Indicators.CostEffectiveness;

/// <summary>
/// The Table 18 cells of one row of the comparison: an institution, or one of its components where the table prints
/// resources for each (INCAGRO's FDSE and FTA, told apart by the seed's <c>component</c> column).
/// </summary>
/// <param name="Id">The institution id, followed by the component where there is one (<c>incagro-fdse</c>).</param>
/// <param name="ImpactScores">The institution's impact scores, every dimension and respondent.</param>
/// <param name="ResourcesPerBeneficiary">Resources per beneficiary, US$, as printed.</param>
/// <param name="Beneficiaries">The beneficiaries the resources are spread over.</param>
public sealed record InstitutionCostCells(string Id, IReadOnlyList<InstitutionFigure> ImpactScores, InstitutionFigure? ResourcesPerBeneficiary, InstitutionFigure? Beneficiaries);

/// <summary>Gathers Table 18's cells, one row per institution or component.</summary>
public static class CostEffectivenessInputs
{
    public const string ImpactScore = "impact-score";
    private const string ResourcesPerBeneficiary = "resources-per-beneficiary-usd";
    private static readonly string[] BeneficiaryCounts = ["beneficiaries-count", "annual-average-beneficiaries-count"];

    public static async Task<IReadOnlyList<InstitutionCostCells>> GatherAsync(PdpDbContext db, CancellationToken cancellationToken)
    {
        var figures = await db.InstitutionFigures.AsNoTracking().Where(f => f.Dataset == InstitutionFigureDataset.Impacts).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var rows = new List<InstitutionCostCells>();
        foreach (var institution in figures.Select(f => f.InstitutionId).OfType<string>().Distinct())
        {
            var own = figures.Where(f => f.InstitutionId == institution).ToList();
            var scores = own.Where(f => f.Measure == ImpactScore).ToList();
            var counts = own.Where(f => BeneficiaryCounts.Contains(f.Measure)).ToList();
            var resources = own.Where(f => f.Measure == ResourcesPerBeneficiary).ToList();
            if (resources.Count <= 1)
            {
                rows.Add(new InstitutionCostCells(institution, scores, resources.FirstOrDefault(), counts.FirstOrDefault()));
                continue;
            }
            // A row per component, in the printed order, each with the beneficiaries of the same component.
            foreach (var resource in resources)
            {
                var component = Component(resource);
                rows.Add(new InstitutionCostCells($"{institution}-{component}", scores, resource, counts.FirstOrDefault(c => Component(c) == component)));
            }
        }
        return rows;
    }

    private static string? Component(InstitutionFigure figure) => FigureDetails.Parse(figure.Details).GetValueOrDefault("component");
}
