using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.SectorEffectiveProtection;

/// <summary>One Table 8 period column's effective protection, sector by sector.</summary>
public sealed record PeriodEffectiveProtection(PeriodDto Period, IReadOnlyList<SectorProtectionValue> Sectors);

/// <summary>
/// Gathers Table 8's effective protection of whole sectors (no averages, no part of a sector) column by column: a value
/// whose footnote gives other years ("Effective Protection of 1992.") stays in the column it is printed under, as the
/// paper ranks and correlates it.
/// </summary>
public static class SectorEffectiveProtectionInputs
{
    public static async Task<IReadOnlyList<PeriodEffectiveProtection>> GatherAsync(PdpDbContext db, IntRange? range, CancellationToken cancellationToken)
    {
        var values = await db.SectorProtection.AsNoTracking()
            .Where(v => v.Measure == ProtectionMeasure.EffectiveProtection && !v.IsAverage && v.Component == null)
            .ToListAsync(cancellationToken);
        return values.GroupBy(v => v.PeriodAsPrinted)
            .Select(g => new PeriodEffectiveProtection(PeriodDto.OfHeading(g.Key), g.ToList()))
            .Where(p => (range?.From is not { } from || p.Period.EndYear >= from) && (range?.To is not { } to || p.Period.StartYear <= to))
            .OrderBy(p => p.Period.StartYear)
            .ToList();
    }
}
