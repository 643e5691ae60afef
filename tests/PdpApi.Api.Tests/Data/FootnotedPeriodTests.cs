using System.Globalization;
using System.Text.RegularExpressions;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

/// <summary>
/// The period rule (README, Data): a value whose footnote gives other years than its column covers the footnote's years,
/// and keeps the column it is printed under as periodAsPrinted. The expected years are read from the notes' own words in
/// source-notes.csv, so a cell that keeps its column's years, or moves without a note, fails here.
/// </summary>
public sealed partial class FootnotedPeriodTests
{
    private static readonly SeedData Seed = SeedLoader.Parse(Repository.SeedFolder);

    /// <param name="Group">The cells a column heading's marker would be on: Table 8's column of one measure, Table 5's column.</param>
    private sealed record Cell(string Id, string Column, string Group, string Period, IReadOnlyList<string> Markers);

    [Fact]
    public void Table_8_values_cover_their_footnotes_years_and_keep_the_column_they_are_printed_under()
    {
        var cells = Seed.SectorProtection
            .Select(v => new Cell($"{v.SectorId} {v.PeriodAsPrinted} {v.Measure} {v.Component}", v.PeriodAsPrinted, $"{v.PeriodAsPrinted} {v.Measure}", v.Period.Label, v.Provenance.FootnoteMarkers))
            .ToList();

        var moved = AssertPeriodsFollowTheNotes("table-8", cells);

        // 88 cells move; footnote 5 ("Does not include year 1991.") leaves Sugar's 11.2 on the span 1990-1992.
        Assert.Equal(88, moved);
        var sugar = Assert.Single(Seed.SectorProtection, v => v.Provenance.FootnoteMarkers.Contains("5"));
        Assert.Equal(("1990-1992", "1990-1992"), (sugar.Period.Label, sugar.PeriodAsPrinted));
    }

    [Fact]
    public void Table_5_values_cover_their_footnotes_years_and_keep_the_column_they_are_printed_under()
    {
        var table5 = Seed.Institutions.Figures.Where(f => f.Provenance.SourceId == "table-5").ToList();
        var cells = table5
            .Where(f => f.PeriodLabel is not null)
            .Select(f => new Cell($"{f.InstitutionId} {f.RowId} {f.PeriodAsPrinted}", f.PeriodAsPrinted!, f.PeriodAsPrinted!, f.PeriodLabel!, f.Provenance.FootnoteMarkers))
            .ToList();

        Assert.Equal(2, AssertPeriodsFollowTheNotes("table-5", cells));
        Assert.All(table5.Where(f => f.PeriodLabel != f.PeriodAsPrinted), f => Assert.Equal(("2004-2005", 2004, 2005, "2001-2005"), (f.PeriodLabel, f.StartYear, f.EndYear, f.PeriodAsPrinted)));
    }

    [Fact]
    public void Only_tables_with_period_columns_print_a_column_heading()
    {
        Assert.All(Seed.Institutions.Figures, f =>
            Assert.Equal(f.Provenance.SourceId is "table-4" or "table-5", f.PeriodAsPrinted is not null));
        Assert.All(Seed.Institutions.Figures.Where(f => f.Provenance.SourceId == "table-4"), f => Assert.Equal(f.PeriodAsPrinted, f.PeriodLabel));
    }

    /// <summary>Checks every cell of a table against its notes and returns how many moved off their column.</summary>
    private static int AssertPeriodsFollowTheNotes(string sourceId, IReadOnlyList<Cell> cells)
    {
        var notes = Seed.TableNotes.Where(n => n.SourceId == sourceId).ToDictionary(n => n.Marker, n => n.Text);
        // A note on a column's heading is carried by every cell of the column; a cell's own note overrides it.
        var headingMarkers = cells.GroupBy(c => c.Group)
            .SelectMany(g => g.SelectMany(c => c.Markers).Distinct().Where(m => g.All(c => c.Markers.Contains(m))).Select(m => (g.Key, m)))
            .ToHashSet();
        var moved = 0;
        foreach (var cell in cells)
        {
            var periods = cell.Markers
                .Select(m => (Marker: m, Period: PeriodOfNote(notes[m], cell.Column)))
                .Where(p => p.Period is not null)
                .OrderBy(p => headingMarkers.Contains((cell.Group, p.Marker)) ? 1 : 0)
                .ToList();
            var expected = periods.FirstOrDefault().Period ?? cell.Column;
            Assert.True(expected == cell.Period, $"{sourceId} {cell.Id}: expected the period {expected}, found {cell.Period}.");
            if (cell.Period != cell.Column)
                moved++;
        }
        return moved;
    }

    /// <summary>The years a note gives a value printed under the column, or null for a note about something else.</summary>
    private static string? PeriodOfNote(string note, string column)
    {
        var columnYears = column.Split('-').Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        if (ExcludedYear().Match(note) is { Success: true } excluded)
        {
            var year = int.Parse(excluded.Groups["year"].Value, CultureInfo.InvariantCulture);
            // Leaving out an inner year keeps the span; leaving out the last one shortens it.
            return year == columnYears[^1] ? Label(columnYears[0], year - 1) : column;
        }
        var years = Year().Matches(note).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : Label(years.Min(), years.Max());
    }

    private static string Label(int start, int end) => start == end ? $"{start}" : $"{start}-{end}";

    [GeneratedRegex(@"^Does not include (dates of|year) (?<year>\d{4})\.$")]
    private static partial Regex ExcludedYear();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}
