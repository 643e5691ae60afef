using Microsoft.EntityFrameworkCore;
using PdpApi.Data;

namespace PdpApi.Indicators.PreferenceMargins;

/// <summary>Table 10's MFN row and the agreements' rows, in the table's order.</summary>
public sealed record TariffAverages(Pta Mfn, IReadOnlyList<Pta> Agreements);

/// <summary>Gathers Table 10's average tariffs: the MFN row and every agreement's.</summary>
public static class PreferenceMarginsInputs
{
    public static async Task<TariffAverages> GatherAsync(PdpDbContext db, CancellationToken cancellationToken)
    {
        var ptas = await db.Ptas.AsNoTracking().OrderBy(p => p.Number).ToListAsync(cancellationToken);
        return new TariffAverages(ptas.Single(p => p.TariffKind == TariffKind.Mfn), ptas.Where(p => p.TariffKind != TariffKind.Mfn).ToList());
    }
}
