using Microsoft.EntityFrameworkCore;
using PdpApi.Data;

namespace PdpApi.Indicators.SpendingPerFirm;

/// <summary>The spending to spread, the firms to spread it over, and the figure the text quotes.</summary>
/// <param name="Spending">Each institution's Table 5 expenditure for 2006-2007, millions of US$: its total, or its investment spending where Table 5 prints no total.</param>
/// <param name="InstitutionsWithoutTotal">Table 5's institutions without a total for the period (those counted by their investment spending included).</param>
/// <param name="Firms">Table A5's total of micro and small firms.</param>
/// <param name="Quoted">The text's spending per firm per month (Section 3.3).</param>
public sealed record SpendingInputs(IReadOnlyList<InstitutionFigure> Spending, IReadOnlyList<string> InstitutionsWithoutTotal, SeriesObservation? Firms, SeriesObservation? Quoted);

/// <summary>Gathers Table 5's expenditure, Table A5's firms and the quoted figure.</summary>
public static class SpendingPerFirmInputs
{
    public const string Period = "2006-2007";
    public const string TotalExpenditure = "annual-average-total-expenditure-millions-usd";
    public const string InvestmentExpenditure = "annual-average-investment-expenditure-millions-usd";

    public static async Task<SpendingInputs> GatherAsync(PdpDbContext db, CancellationToken cancellationToken)
    {
        var printed = await db.InstitutionFigures.AsNoTracking()
            .Where(f => f.Dataset == InstitutionFigureDataset.Expenditure && f.PeriodLabel == Period && f.Value != null
                && (f.Measure == TotalExpenditure || f.Measure == InvestmentExpenditure))
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        // Table 5 prints a total for most institutions; for INCAGRO it prints investment spending only, which is used in its place.
        var spending = printed.GroupBy(f => f.InstitutionId)
            .Select(g => g.FirstOrDefault(f => f.Measure == TotalExpenditure) ?? g.First())
            .ToList();
        var institutions = await db.InstitutionFigures.AsNoTracking()
            .Where(f => f.Dataset == InstitutionFigureDataset.Expenditure && f.InstitutionId != null).Select(f => f.InstitutionId!).Distinct().ToListAsync(cancellationToken);
        var withoutTotal = institutions.Except(spending.Select(f => f.InstitutionId!))
            .Concat(spending.Where(f => f.Measure != TotalExpenditure).Select(f => f.InstitutionId!))
            .Order(StringComparer.Ordinal)
            .ToList();
        var firms = await db.SeriesObservations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.SeriesCode == "ta5-micro-and-small-firms-count" && o.DimensionId == "total", cancellationToken);
        var quoted = await db.SeriesObservations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.SeriesCode == "text-pdp-expenditure-per-micro-small-firm", cancellationToken);
        return new SpendingInputs(spending, withoutTotal, firms, quoted);
    }
}
