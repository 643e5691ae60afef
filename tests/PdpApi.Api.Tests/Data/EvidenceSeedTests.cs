using System.Globalization;
using CsvHelper;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

/// <summary>The internal arithmetic of Table 17 and of the series, with every exception the data notes document.</summary>
public sealed class EvidenceSeedArithmeticTests
{
    private static readonly SeedData Seed = SeedLoader.Parse(Repository.SeedFolder);

    /// <summary>
    /// Series whose dimension values add up: each subtotal is the sum of the values naming it as parent, and values whose
    /// parent has no cell of its own in the series (Table 15's total row is in dollars) add up to 100 when in percent.
    /// </summary>
    private static readonly string[] AdditiveSeries =
    [
        "t4-government-investment-by-type",
        "t15-new-export-tariff-lines", "t15-new-lines-share-of-new-lines-exports",
        "t16-prompex-export-tariff-lines", "t16-prompex-lines-share-of-prompex-exports",
        "ta2-sector-export-share", "ta3-manufacturing-branch-share-of-manufacturing-tgv", "ta3-manufacturing-branch-share-of-manufacturing-gdp",
        "ta4-formal-firms-no-dependent-workers", "ta4-formal-firms-1-to-9-dependent-workers", "ta4-formal-firms-10-to-49-dependent-workers",
        "ta4-formal-firms-more-than-49-dependent-workers", "ta4-formal-firms-all-worker-ranges",
        "ta5-micro-firms-share-by-activity", "ta5-small-firms-share-by-activity", "ta5-employment-share-by-activity",
        "ta5-micro-and-small-firms-count", "ta5-micro-small-firms-and-independent-workers-count",
    ];

    /// <summary>The sums that do not close, as printed; each is a data note (seed/notes/series.md, institution-figures.md T4-4).</summary>
    private static readonly string[] DocumentedExceptions =
    [
        // Table 4's five investment types leave 2.7-5.6 points unallocated.
        "t4-government-investment-by-type 1999-2000 total: 94.4 vs 100",
        "t4-government-investment-by-type 2001-2005 total: 95 vs 100",
        "t4-government-investment-by-type 2006-2007 total: 97.3 vs 100",
        // Table 16's sectors' average line counts do not make the printed total after 1993.
        "t16-prompex-export-tariff-lines 1994-1999 total: 82 vs 94",
        "t16-prompex-export-tariff-lines 2000-2005 total: 100 vs 108",
        "t16-prompex-export-tariff-lines 2006-2007 total: 127 vs 126",
        // Table A2 prints four manufacturing branches, not all of them: the rest of manufactures is not a row.
        "ta2-sector-export-share 1993-1995 manufactures: 15.1 vs 19.4",
        "ta2-sector-export-share 1996-2000 manufactures: 16.1 vs 21.8",
        "ta2-sector-export-share 2001-2005 manufactures: 17.7 vs 19.6",
        "ta2-sector-export-share 2006 manufactures: 13.2 vs 15.7",
        "ta2-sector-export-share 2007 manufactures: 14.2 vs 15.9",
        // Table A5's five activities fall 39,996 short of the printed 5,862,179.
        "ta5-micro-small-firms-and-independent-workers-count 2006 total: 5822183 vs 5862179",
    ];

    [Fact]
    public void Additive_series_add_up_except_the_documented_cells()
    {
        var mismatches = new List<string>();
        foreach (var code in AdditiveSeries)
        {
            var series = Seed.Evidence.Series.Single(s => s.Code == code);
            var exact = series.Unit == SeriesUnit.Count;
            foreach (var period in Seed.Evidence.Observations.Where(o => o.SeriesCode == code).GroupBy(o => o.Period.Label))
            {
                var cells = period.ToList();
                foreach (var group in cells.Where(o => o.DimensionId != "total").GroupBy(o => o.DimensionParentId ?? "total"))
                {
                    if (group.Any(o => o.Value is null))
                        continue;
                    var parent = cells.SingleOrDefault(o => o.DimensionId == group.Key);
                    double? expected = parent is not null ? parent.Value : series.Unit == SeriesUnit.Percent ? 100 : null;
                    if (expected is null)
                        continue;
                    var sum = group.Sum(o => o.Value!.Value);
                    var tolerance = exact ? 0 : 0.05 * (group.Count() + 1) + 1e-9;
                    if (Math.Abs(sum - expected.Value) > tolerance)
                        mismatches.Add(FormattableString.Invariant($"{code} {period.Key} {group.Key}: {Math.Round(sum, 2)} vs {expected}"));
                }
            }
        }

        Assert.Equal(DocumentedExceptions, mismatches);
    }

    /// <summary>
    /// Table 17's shares: primary and non-primary make the total and each is the sum of its sectors, but for the three
    /// documented cells (seed/notes/fdi.md FDI-1 to FDI-3): 2007 flows add to 102.9, 2001-2005 stocks to 98.8 (Primary
    /// prints 15.0, its sectors 16.3), 2007 stocks to 98.6.
    /// </summary>
    [Fact]
    public void Table_17_shares_add_up_except_the_documented_cells()
    {
        var shares = Seed.Evidence.Fdi.Where(v => v.Measure == FdiMeasure.SharePercent).ToList();
        var mismatches = new List<string>();
        foreach (var column in shares.GroupBy(v => (v.FlowOrStock, v.Period.Label)))
        {
            foreach (var group in column.Where(v => v.ParentSectorId is not null).GroupBy(v => v.ParentSectorId!))
            {
                var sum = group.Sum(v => v.Value!.Value);
                var parent = column.Single(v => v.SectorId == group.Key).Value!.Value;
                if (Math.Abs(sum - parent) > 0.05 * (group.Count() + 1))
                    mismatches.Add(FormattableString.Invariant($"{column.Key.FlowOrStock.ToString().ToLowerInvariant()} {column.Key.Label} {group.Key}: {Math.Round(sum, 1)} vs {parent}"));
            }
        }

        Assert.Equal(["stock 2001-2005 total: 98.8 vs 100", "stock 2001-2005 primary: 16.3 vs 15", "flow 2007 total: 102.9 vs 100", "stock 2007 total: 98.6 vs 100"], mismatches);
    }

    private static double Cell(string series, string period, string? dimension = null) =>
        Seed.Evidence.Observations.Single(o => o.SeriesCode == series && o.Period.Label == period && o.DimensionId == dimension).Value!.Value;

    /// <summary>
    /// Table 1 splits GDP three ways. Exports and the rest, and primary and non-primary, make 100 in every period; the six
    /// sectors do only in 1985-1990 (seed/notes/series.md): as printed they cover 83.8 to 89.9 percent of GDP afterwards.
    /// </summary>
    [Fact]
    public void Table_1_gdp_shares_add_up_by_split_except_the_sectors_after_1990()
    {
        string[] sectors = ["agriculture", "mining", "fishing", "manufacturing", "construction", "others"];
        var sectorSums = new List<double>();
        foreach (var period in new[] { "1985-1990", "1991-1995", "1996-2000", "2001-2005", "2006-2007" })
        {
            Assert.Equal(100, Cell("t1-real-gdp-shares", period, "exports") + Cell("t1-real-gdp-shares", period, "gdp-non-exports"), 1);
            Assert.Equal(100, Cell("t1-real-gdp-shares", period, "primary-gdp") + Cell("t1-real-gdp-shares", period, "non-primary-gdp"), 1);
            sectorSums.Add(Math.Round(sectors.Sum(s => Cell("t1-real-gdp-shares", period, s)), 1));
        }

        Assert.Equal([99.7, 83.8, 82.8, 81.3, 89.9], sectorSums);
    }

    /// <summary>TFP, labour and capital add to GDP growth within rounding, except 2002-2004 (3.7 against 4.7).</summary>
    [Fact]
    public void Table_1_sources_of_growth_add_to_gdp_growth_except_2002_2004()
    {
        var gaps = new List<string>();
        foreach (var period in new[] { "1981-1990", "1991-2001", "2002-2004", "2005-2007", "1995-2007" })
        {
            var sum = new[] { "tfp", "labor", "capital" }.Sum(s => Cell("t1-growth-accounting-contributions", period, s));
            var growth = Cell("t1-gdp-growth-sources-of-growth", period);
            if (Math.Abs(sum - growth) > 0.15 + 1e-9)
                gaps.Add(FormattableString.Invariant($"{period}: {Math.Round(sum, 1)} vs {growth}"));
        }

        Assert.Equal(["2002-2004: 3.7 vs 4.7"], gaps);
    }

    [Fact]
    public void Every_series_observation_has_a_known_series_and_every_series_has_observations()
    {
        var codes = Seed.Evidence.Series.Select(s => s.Code).ToHashSet();

        Assert.All(Seed.Evidence.Observations, o => Assert.Contains(o.SeriesCode, codes));
        Assert.All(Seed.Evidence.Series, s => Assert.Contains(Seed.Evidence.Observations, o => o.SeriesCode == s.Code));
    }
}

/// <summary>Every printed cell of the new seed files is on the paper line it cites.</summary>
public sealed class EvidencePaperTests
{
    private static string[] PaperLines()
    {
        Assert.SkipUnless(File.Exists(Repository.PaperFile), "The source paper is not beside the repository (../shared/seeds).");
        return Repository.PaperLines();
    }

    private static List<Dictionary<string, string>> Rows(string file)
    {
        using var reader = new StreamReader(Path.Combine(Repository.SeedFolder, file));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value)).ToList();
    }

    [Theory]
    [InlineData("series-observations.csv", "value_as_printed")]
    [InlineData("fdi-sectors.csv", "value_as_printed")]
    [InlineData("fdi-figures.csv", "value_as_printed")]
    [InlineData("cluster-program-figures.csv", "value_as_printed")]
    [InlineData("institution-export-finance.csv", "value_as_printed")]
    [InlineData("institution-export-finance.csv", "description")]
    [InlineData("cluster-program-goals.csv", "achieved_as_printed")]
    [InlineData("cluster-program-goals.csv", "achievement_as_printed")]
    public void Every_printed_value_is_on_its_paper_line(string file, string column)
    {
        var lines = PaperLines();
        var missing = Rows(file)
            .Where(r => r[column].Length > 0)
            .Where(r =>
            {
                var line = lines[int.Parse(r["paper_line"], CultureInfo.InvariantCulture) - 1];
                return !line.Contains(r[column], StringComparison.Ordinal);
            })
            .Select(r => $"line {r["paper_line"]}: '{r[column]}'")
            .ToList();

        Assert.Empty(missing);
    }
}
