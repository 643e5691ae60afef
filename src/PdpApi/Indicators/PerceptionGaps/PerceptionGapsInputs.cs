using Microsoft.EntityFrameworkCore;
using PdpApi.Data;

namespace PdpApi.Indicators.PerceptionGaps;

/// <summary>The scores of one table (and institution, for Table 18), every dimension and respondent.</summary>
/// <param name="Source">table-12 or table-18.</param>
/// <param name="InstitutionId">The institution (Table 18); null for Table 12, which pools all respondents.</param>
/// <param name="Scores">The score cells, in the seed's order.</param>
public sealed record PerceptionScores(string Source, string? InstitutionId, IReadOnlyList<InstitutionFigure> Scores);

/// <summary>Gathers Table 12's average perception scores and Table 18's impact scores.</summary>
public static class PerceptionGapsInputs
{
    public static async Task<IReadOnlyList<PerceptionScores>> GatherAsync(PdpDbContext db, CancellationToken cancellationToken)
    {
        var figures = await db.InstitutionFigures.AsNoTracking()
            .Where(f => (f.Dataset == InstitutionFigureDataset.Perceptions && f.Measure == "average-perception-score") || (f.Dataset == InstitutionFigureDataset.Impacts && f.Measure == "impact-score"))
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return figures.GroupBy(f => (f.Dataset, f.InstitutionId))
            .Select(g => new PerceptionScores(g.Key.Dataset == InstitutionFigureDataset.Perceptions ? "table-12" : "table-18", g.Key.InstitutionId, g.ToList()))
            .ToList();
    }
}
