using Microsoft.EntityFrameworkCore;
using PdpApi.Data;

namespace PdpApi.Indicators.LegalInstability;

/// <summary>A dated act, once for each body it concerns.</summary>
public sealed record ActForBody(LegalEvent Event, string InstitutionId);

/// <summary>The acts to count, and how many were left out for want of a year.</summary>
public sealed record LegalActs(IReadOnlyList<ActForBody> Dated, int UndatedLeftOut);

/// <summary>Gathers the published reading of every legal act, one per body it concerns, for the institutions asked for.</summary>
public static class LegalInstabilityInputs
{
    public static async Task<LegalActs> GatherAsync(PdpDbContext db, IReadOnlyList<string> institutionIds, CancellationToken cancellationToken)
    {
        bool Wanted(string id) => institutionIds.Count == 0 || institutionIds.Contains(id);
        var events = await db.LegalEvents.AsNoTracking().Include(e => e.Bodies).Where(e => e.IsPublishedReading).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var dated = events
            .Where(e => e.Year is not null)
            .SelectMany(e => e.Bodies.Select(b => new ActForBody(e, b.InstitutionId)))
            .Where(x => Wanted(x.InstitutionId))
            .ToList();
        var undated = events.Count(e => e.Year is null && e.Bodies.Any(b => Wanted(b.InstitutionId)));
        return new LegalActs(dated, undated);
    }
}
