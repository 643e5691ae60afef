using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>
/// Every number the paper prints (outside its reference list) is served by a seed record that cites the line it is
/// printed on, or is listed in <c>seed/not-served.csv</c> with the reason it is not; and that list does not rot.
/// </summary>
public sealed partial class PaperNumbersTests
{
    public const string NotServedFile = "not-served.csv";

    /// <summary>Seed columns that say where a value comes from rather than serve one: paper lines, notes, markers.</summary>
    private static bool IsProvenanceColumn(string column) =>
        column is "note" or "footnotes" or "main_seed_refs" or "label_line"
        || column.EndsWith("paper_line", StringComparison.Ordinal) || column.EndsWith("paper_lines", StringComparison.Ordinal)
        || column.EndsWith("_footnotes", StringComparison.Ordinal);

    /// <summary>
    /// A number as printed: a parenthesised negative, an integer with thousands separators (optionally with decimals), a
    /// decimal with a point or a decimal comma (one or two decimals, so that "1989,1993" stays two years), or an integer;
    /// not part of a word, a code or a longer number.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.,])(\((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)|-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+|-?\d{1,3},\d{1,2}|-?\d+)(?![\w])")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex WithThousands();

    /// <summary>The numbers of a text, in order, as printed.</summary>
    public static IEnumerable<string> NumbersIn(string text) => Number().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>
    /// Whether the sweep counts a number: a decimal (point or comma), a parenthesised negative, an integer with thousands
    /// separators, or an integer of three digits or more that is not a year (1900-2029), parenthesised or not. Small integers (ranks, counts
    /// such as "25 regional governments", list numbers) are too common in prose to match by value.
    /// </summary>
    public static bool IsCounted(string printed)
    {
        var text = printed.TrimStart('-');
        if (text.StartsWith('(')) // a parenthesised year is a citation's, "(2008)"
            text = text[1..^1];
        if (text.Contains('.') || text.Contains(','))
            return true;
        if (text.Length < 3)
            return false;
        var integer = long.Parse(text, CultureInfo.InvariantCulture);
        return integer is < 1900 or > 2029;
    }

    /// <summary>The value of a number as printed: "(4.6)" is -4.6, "1,828" is 1828, "0,35" is 0.35.</summary>
    public static decimal? ValueOf(string printed)
    {
        var text = printed;
        var negative = text.StartsWith('(') && text.EndsWith(')');
        if (negative)
            text = text[1..^1];
        text = WithThousands().IsMatch(text.TrimStart('-')) ? text.Replace(",", "", StringComparison.Ordinal) : text.Replace(',', '.');
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        return negative ? -value : value;
    }

    public sealed record Printed(int Line, string Text, decimal Value);

    public sealed record NotServed(int Line, string Text, string Reason);

    private static string[] PaperLines()
    {
        Assert.SkipUnless(File.Exists(Repository.PaperFile), "The source paper is not beside the repository (../shared/seeds).");
        return Repository.PaperLines();
    }

    /// <summary>The lines of the reference list, from its heading to the annex tables, which cite rather than report.</summary>
    private static (int First, int Last) ReferenceList(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Trim() == "References") + 1;
        var last = Array.FindIndex(lines, first, l => l.Trim() == "ANNEX TABLES");
        Assert.True(first > 0 && last > first, "The paper's reference list (from 'References' to 'ANNEX TABLES') was not found.");
        return (first, last);
    }

    /// <summary>Every counted number the paper prints outside its reference list, with its line (from 1).</summary>
    public static List<Printed> PrintedNumbers(string[] lines)
    {
        var (first, last) = ReferenceList(lines);
        var numbers = new List<Printed>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i + 1;
            if (line >= first && line <= last)
                continue;
            foreach (var text in NumbersIn(lines[i]).Where(IsCounted))
                numbers.Add(new Printed(line, text, ValueOf(text) ?? throw new InvalidOperationException($"line {line}: '{text}' does not parse")));
        }
        return numbers;
    }

    /// <summary>For each paper line, the values the seed's records citing it serve (every cell but provenance columns).</summary>
    public static Dictionary<int, HashSet<decimal>> ServedByLine()
    {
        var served = new Dictionary<int, HashSet<decimal>>();
        foreach (var file in Directory.GetFiles(Repository.SeedFolder, "*.csv").Where(f => Path.GetFileName(f) != NotServedFile))
        {
            using var reader = new StreamReader(file);
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            var header = csv.HeaderRecord!;
            if (!header.Contains("paper_line"))
                continue;
            while (csv.Read())
            {
                if (!int.TryParse(csv.GetField("paper_line"), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
                    continue;
                if (!served.TryGetValue(line, out var values))
                    served[line] = values = [];
                foreach (var column in header.Where(c => !IsProvenanceColumn(c)))
                    foreach (var text in NumbersIn(csv.GetField(column) ?? ""))
                        if (ValueOf(text) is { } value)
                            values.Add(value);
            }
        }
        return served;
    }

    public static List<NotServed> NotServedList()
    {
        using var reader = new StreamReader(Path.Combine(Repository.SeedFolder, NotServedFile));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(["line", "text", "reason"], csv.HeaderRecord!);
        var rows = new List<NotServed>();
        while (csv.Read())
            rows.Add(new NotServed(int.Parse(csv.GetField("line")!, CultureInfo.InvariantCulture), csv.GetField("text")!, csv.GetField("reason")!));
        return rows;
    }

    private static bool IsServed(Printed number, Dictionary<int, HashSet<decimal>> served) =>
        served.TryGetValue(number.Line, out var values) && values.Contains(number.Value);

    [Fact]
    public void Every_number_the_paper_prints_is_served_from_its_line_or_listed_with_a_reason()
    {
        var numbers = PrintedNumbers(PaperLines());
        var served = ServedByLine();
        var listed = NotServedList().Select(n => (n.Line, n.Text)).ToHashSet();

        var unaccounted = numbers
            .Where(n => !IsServed(n, served) && !listed.Contains((n.Line, n.Text)))
            .Select(n => $"line {n.Line}: '{n.Text}'")
            .Distinct()
            .ToList();

        Assert.True(unaccounted.Count == 0,
            $"{unaccounted.Count} numbers of the paper are neither served by a seed record citing their line nor in seed/{NotServedFile}:\n"
            + string.Join("\n", unaccounted));
    }

    [Fact]
    public void Every_row_of_the_not_served_list_is_a_number_on_its_line_that_no_record_of_that_line_serves()
    {
        var lines = PaperLines();
        var numbers = PrintedNumbers(lines);
        var served = ServedByLine();
        var rows = NotServedList();

        var problems = new List<string>();
        foreach (var row in rows)
        {
            var printed = numbers.Where(n => n.Line == row.Line && n.Text == row.Text).ToList();
            if (printed.Count == 0)
                problems.Add($"line {row.Line}: '{row.Text}' is not a counted number of that line of the paper");
            else if (printed.Any(n => IsServed(n, served)))
                problems.Add($"line {row.Line}: '{row.Text}' is served by a record citing that line; remove it from the list");
            if (string.IsNullOrWhiteSpace(row.Reason))
                problems.Add($"line {row.Line}: '{row.Text}' has no reason");
        }
        problems.AddRange(rows.GroupBy(r => (r.Line, r.Text)).Where(g => g.Count() > 1).Select(g => $"line {g.Key.Line}: '{g.Key.Text}' is listed twice"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void README_states_the_coverage_the_sweep_measures()
    {
        var numbers = PrintedNumbers(PaperLines());
        var served = ServedByLine();
        var servedCount = numbers.Count(n => IsServed(n, served));
        var listedCount = numbers.Count - servedCount;

        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var expected = string.Create(CultureInfo.InvariantCulture,
            $"the paper prints {numbers.Count:N0} numbers outside its reference list; {servedCount:N0} are served by a record that cites the line they are printed on, and the other {listedCount:N0} are listed in `seed/not-served.csv` with the reason");

        Assert.Contains(expected, readme.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void No_seed_cell_keeps_the_text_files_escaped_dollar()
    {
        var escaped = Directory.GetFiles(Repository.SeedFolder, "*.csv")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => x.line.Contains(Repository.ExtractionEscapedDollar, StringComparison.Ordinal))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}")
            .ToList();

        Assert.Empty(escaped);
    }

    [Theory]
    [InlineData("(4.6)", -4.6)]
    [InlineData("1,828", 1828)]
    [InlineData("5,269", 5269)]
    [InlineData("1,486.7", 1486.7)]
    [InlineData("0,35", 0.35)]
    [InlineData("-8.1", -8.1)]
    public void A_printed_number_has_the_value_a_reader_sees(string printed, double expected) =>
        Assert.Equal((decimal)expected, ValueOf(printed));

    [Fact]
    public void The_sweep_counts_what_a_reader_would_check_and_skips_years_and_small_integers()
    {
        var numbers = NumbersIn("In 1993 (2008), 25 regional and 1,828 local governments; 13.0 ²³ (2.5) -8.1 and Law No. 28015 of 2003-2007, US$3 million.")
            .Where(IsCounted).ToList();

        Assert.Equal(["1,828", "13.0", "(2.5)", "-8.1", "28015"], numbers);
    }
}
