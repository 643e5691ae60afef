using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.GrowthAccounting;

/// <summary>One Table 1 period: GDP growth, the labour and capital contributions, and the TFP the table prints.</summary>
public sealed record GrowthPeriodInputs(PeriodDto Period, IndicatorInputDto GdpGrowth, IndicatorInputDto Labor, IndicatorInputDto Capital, IndicatorInputDto PrintedTfp);

/// <summary>Gathers Table 1's sources of growth, period by period, for the periods with a GDP growth figure.</summary>
public static class GrowthAccountingInputs
{
    public const string GrowthSeries = "t1-gdp-growth-sources-of-growth";
    public const string ContributionsSeries = "t1-growth-accounting-contributions";

    public static async Task<IReadOnlyList<GrowthPeriodInputs>> GatherAsync(PdpDbContext db, CancellationToken cancellationToken)
    {
        var observations = await db.SeriesObservations.AsNoTracking()
            .Where(o => o.SeriesCode == ContributionsSeries || o.SeriesCode == GrowthSeries)
            .ToListAsync(cancellationToken);
        return observations.Where(o => o.SeriesCode == GrowthSeries && o.Value is not null)
            .OrderBy(o => o.Id)
            .Select(growth =>
            {
                IndicatorInputDto Part(string id) => Input(id == "tfp" ? "tfp-printed" : id,
                    observations.Single(o => o.SeriesCode == ContributionsSeries && o.Period.Label == growth.Period.Label && o.DimensionId == id));
                return new GrowthPeriodInputs(PeriodDto.Of(growth.Period), Input("gdp-growth", growth), Part("labor"), Part("capital"), Part("tfp"));
            })
            .ToList();
    }

    private static IndicatorInputDto Input(string id, SeriesObservation o) =>
        new() { Id = id, Value = o.Value, ValueAsPrinted = o.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(o.Provenance) };
}
