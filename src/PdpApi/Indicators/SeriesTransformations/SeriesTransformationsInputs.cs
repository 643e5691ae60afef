using Microsoft.EntityFrameworkCore;
using PdpApi.Data;

namespace PdpApi.Indicators.SeriesTransformations;

/// <summary>A series and its observations, oldest period first, in the order of its dimension values.</summary>
public sealed record StoredSeries(StatisticalSeries Series, IReadOnlyList<SeriesObservation> Observations);

/// <summary>Gathers a stored series; null when there is none with the code.</summary>
public static class SeriesTransformationsInputs
{
    public static async Task<StoredSeries?> GatherAsync(PdpDbContext db, string code, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (series is null)
            return null;
        var observations = await db.SeriesObservations.AsNoTracking().Where(o => o.SeriesCode == code)
            .OrderBy(o => o.Period.StartYear).ThenBy(o => o.Period.EndYear).ThenBy(o => o.DimensionPosition).ToListAsync(cancellationToken);
        return new StoredSeries(series, observations);
    }
}
