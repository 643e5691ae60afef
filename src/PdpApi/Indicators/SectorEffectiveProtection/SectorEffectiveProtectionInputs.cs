using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.SectorEffectiveProtection;

/// <summary>One Table 8 period's effective protection, sector by sector.</summary>
public sealed record PeriodEffectiveProtection(PeriodDto Period, IReadOnlyList<SectorProtectionValue> Sectors);

/// <summary>Gathers Table 8's effective protection of whole sectors (no averages, no part of a sector), period by period.</summary>
public static class SectorEffectiveProtectionInputs
{
    public static async Task<IReadOnlyList<PeriodEffectiveProtection>> GatherAsync(PdpDbContext db, IntRange? range, CancellationToken cancellationToken)
    {
        var values = await db.SectorProtection.AsNoTracking()
            .Where(v => v.Measure == ProtectionMeasure.EffectiveProtection && !v.IsAverage && v.Component == null)
            .WhereOverlaps(range, v => v.Period.StartYear, v => v.Period.EndYear)
            .ToListAsync(cancellationToken);
        return values.GroupBy(v => v.Period.Label)
            .OrderBy(g => g.First().Period.StartYear)
            .Select(g => new PeriodEffectiveProtection(PeriodDto.Of(g.First().Period), g.ToList()))
            .ToList();
    }
}
