using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.TariffStructure;

/// <summary>One tariff distribution to describe, with the mean and deviation the paper prints for it.</summary>
/// <param name="Source">table-7 (lines by rate) or table-a7 (shares of lines by band, all goods).</param>
/// <param name="Period">The schedule's date or the table's year.</param>
/// <param name="Distribution">Each rate with its weight and the cell the weight comes from.</param>
/// <param name="PrintedMean">The average the paper prints (Table 7, or Table A6 for the year).</param>
/// <param name="PrintedStandardDeviation">The deviation the paper prints, where it prints one.</param>
public sealed record TariffDistributionInputs(
    string Source,
    PeriodDto Period,
    IReadOnlyList<RateWeightDto> Distribution,
    PrintedValue PrintedMean,
    PrintedValue PrintedStandardDeviation);

/// <summary>Gathers the distributions: every Table 7 schedule, and every Table A7 year whose all-goods shares are complete.</summary>
public static class TariffStructureInputs
{
    public static async Task<IReadOnlyList<TariffDistributionInputs>> GatherAsync(PdpDbContext db, IReadOnlyList<double> bandRates, CancellationToken cancellationToken)
    {
        var gathered = new List<TariffDistributionInputs>();
        var schedules = await db.TariffSchedules.AsNoTracking().Include(s => s.Lines).OrderBy(s => s.Year).ThenBy(s => s.Month).ToListAsync(cancellationToken);
        foreach (var schedule in schedules)
        {
            var provenance = ProvenanceMapping.ToDto(schedule.Provenance);
            gathered.Add(new TariffDistributionInputs(
                "table-7",
                new PeriodDto { Label = schedule.DateAsPrinted, StartYear = schedule.Year, EndYear = schedule.Year },
                schedule.Lines.OrderBy(l => l.RatePercent)
                    .Select(l => new RateWeightDto { Label = Invariant(l.RatePercent) + "%", RatePercent = l.RatePercent, Weight = l.Lines, Provenance = provenance })
                    .ToList(),
                new PrintedValue(schedule.AverageAdValoremPercent, Invariant(schedule.AverageAdValoremPercent)),
                new PrintedValue(schedule.StandardDeviationPoints, Invariant(schedule.StandardDeviationPoints))));
        }

        var bands = await db.TariffBandShares.AsNoTracking().Where(b => b.SectorGroupId == "all-goods").ToListAsync(cancellationToken);
        var structure = await db.TariffStructure.AsNoTracking().Where(s => s.SectorGroupId == "all-goods").ToListAsync(cancellationToken);
        foreach (var year in bands.Select(b => b.Year).Distinct().Order())
        {
            var inYear = bands.Where(b => b.Year == year).ToList();
            if (inYear.Any(b => b.SharePercent is null))
                continue;
            var mean = structure.FirstOrDefault(s => s.Indicator == TariffStructureIndicator.SimpleAveragePercent && s.Period.StartYear <= year && s.Period.EndYear >= year);
            var sd = structure.FirstOrDefault(s => s.Indicator == TariffStructureIndicator.StandardDeviationPoints && s.Period.StartYear <= year && s.Period.EndYear >= year);
            gathered.Add(new TariffDistributionInputs(
                "table-a7",
                new PeriodDto { Label = Invariant(year), StartYear = year, EndYear = year },
                inYear.OrderBy(b => b.BandId)
                    .Select(b => new RateWeightDto
                    {
                        Label = b.BandAsPrinted ?? EnumText.Name(b.BandId),
                        RatePercent = bandRates[(int)b.BandId],
                        Weight = b.SharePercent!.Value,
                        Provenance = ProvenanceMapping.ToDto(b.Provenance),
                    })
                    .ToList(),
                new PrintedValue(mean?.Value, mean?.ValueAsPrinted),
                new PrintedValue(sd?.Value, sd?.ValueAsPrinted)));
        }
        return gathered;
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
