using Microsoft.EntityFrameworkCore;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.Drawback;

/// <summary>Gathers the drawback rules in the order they are applied, each with what it checks.</summary>
public static class DrawbackInputs
{
    public static async Task<IReadOnlyList<DrawbackRule>> GatherAsync(PdpDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.IncentiveRules.AsNoTracking()
            .Where(r => r.Regime == IncentiveRegime.Drawback)
            .OrderBy(r => r.Position)
            .Select(r => new { r.Id, r.Checks, r.Value, r.ValueUnit, r.ValidFromYear, r.ValidToYear, r.InForceAsOfYear, r.Instrument, r.InstrumentDateAsPrinted, r.Description })
            .ToListAsync(cancellationToken);
        return rules
            .Select(r => new DrawbackRule(r.Id, r.Checks!.Value, r.Value, r.ValueUnit,
                r.ValidFromYear, r.ValidToYear, r.InForceAsOfYear, r.Instrument, r.InstrumentDateAsPrinted, r.Description))
            .ToList();
    }
}
