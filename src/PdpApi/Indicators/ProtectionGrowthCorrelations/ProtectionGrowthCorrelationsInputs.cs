using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.ProtectionGrowthCorrelations;

/// <summary>One Table 8 period and protection measure: each sector's pair, and the coefficient Table A8 prints for it.</summary>
public sealed record CorrelationInputs(PeriodDto Period, ProtectionMeasure Measure, IReadOnlyList<CorrelationPairDto> Pairs, ProtectionGrowthCorrelation? Reported);

/// <summary>Gathers Table 8's whole-sector values by period and pairs them, and finds Table A8's coefficient for the same years.</summary>
public static class ProtectionGrowthCorrelationsInputs
{
    public static async Task<IReadOnlyList<CorrelationInputs>> GatherAsync(PdpDbContext db, IReadOnlyList<ProtectionMeasure> measures, CancellationToken cancellationToken)
    {
        var values = await db.SectorProtection.AsNoTracking().Where(v => !v.IsAverage && v.Component == null).ToListAsync(cancellationToken);
        var reported = await db.ProtectionGrowthCorrelations.AsNoTracking().ToListAsync(cancellationToken);
        var gathered = new List<CorrelationInputs>();
        // By the column a value is printed under, as Table A8 correlates them, not by the years a footnote gives it.
        foreach (var period in values.GroupBy(v => v.PeriodAsPrinted).Select(g => (Column: PeriodDto.OfHeading(g.Key), Values: g)).OrderBy(g => g.Column.StartYear))
        {
            var column = period.Column;
            foreach (var measure in measures)
            {
                var pairs = period.Values.GroupBy(v => v.SectorId).Select(s =>
                {
                    var protection = s.FirstOrDefault(v => v.Measure == measure);
                    var growth = s.FirstOrDefault(v => v.Measure == ProtectionMeasure.OutputGrowth);
                    return new CorrelationPairDto
                    {
                        SectorId = s.Key,
                        Protection = protection?.ValuePercent,
                        OutputGrowth = growth?.ValuePercent,
                        ProtectionPeriod = protection is null ? null : PeriodDto.Of(protection.Period),
                        OutputGrowthPeriod = growth is null ? null : PeriodDto.Of(growth.Period),
                        ProtectionProvenance = protection is null ? null : ProvenanceMapping.ToDto(protection.Provenance),
                        OutputGrowthProvenance = growth is null ? null : ProvenanceMapping.ToDto(growth.Provenance),
                    };
                }).ToList();
                gathered.Add(new CorrelationInputs(column, measure, pairs, Reported(reported, measure, column)));
            }
        }
        return gathered;
    }

    /// <summary>
    /// Table A8's row for the same years; where it has none for a span, its row for the span's first year, as long as it
    /// has none for the last year either (A8 prints the pooled span "1992-1990" for Table 8's 1990-1992, and 2006 alone
    /// for 2006-2007).
    /// </summary>
    private static ProtectionGrowthCorrelation? Reported(List<ProtectionGrowthCorrelation> reported, ProtectionMeasure measure, PeriodDto period)
    {
        var ofMeasure = reported.Where(r => r.Measure == measure).ToList();
        return ofMeasure.FirstOrDefault(r => r.Period.StartYear == period.StartYear && r.Period.EndYear == period.EndYear)
            ?? (period.EndYear > period.StartYear && !ofMeasure.Any(o => o.Period.StartYear == period.EndYear)
                ? ofMeasure.FirstOrDefault(r => r.Period.StartYear == period.StartYear && r.Period.EndYear == period.StartYear)
                : null);
    }
}
