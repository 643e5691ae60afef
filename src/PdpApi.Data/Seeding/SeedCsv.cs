using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace PdpApi.Data.Seeding;

/// <summary>One problem found in a seed file, located to the file, line and column.</summary>
public sealed record SeedError(string File, int Line, string? Column, string Message)
{
    public override string ToString() =>
        Column is null ? $"{File}, line {Line}: {Message}" : $"{File}, line {Line}, column '{Column}': {Message}";
}

public sealed class SeedValidationException(IReadOnlyList<SeedError> errors)
    : Exception($"The seed is invalid ({errors.Count} problem(s)); nothing was written:{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors.Take(50).Select(e => "  " + e)))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}

internal sealed class SeedErrors
{
    private readonly List<SeedError> _errors = [];
    public IReadOnlyList<SeedError> All => _errors;
    public void Add(string file, int line, string? column, string message) => _errors.Add(new SeedError(file, line, column, message));
}

/// <summary>A seed CSV file read into rows whose header was checked against the expected columns.</summary>
internal sealed class SeedCsv
{
    private SeedCsv(string fileName, IReadOnlyList<SeedRow> rows)
    {
        FileName = fileName;
        Rows = rows;
    }

    public string FileName { get; }
    public IReadOnlyList<SeedRow> Rows { get; }

    public static SeedCsv Read(string directory, string fileName, IReadOnlyList<string> columns, SeedErrors errors)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            errors.Add(fileName, 0, null, "the file is missing.");
            return new SeedCsv(fileName, []);
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = true,
            BadDataFound = null,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            errors.Add(fileName, 1, null, "the file has no header row.");
            return new SeedCsv(fileName, []);
        }

        var header = csv.HeaderRecord;
        var headerOk = true;
        foreach (var unknown in header.Except(columns, StringComparer.Ordinal))
        {
            errors.Add(fileName, 1, unknown, $"unknown column; expected: {string.Join(", ", columns)}.");
            headerOk = false;
        }
        foreach (var missing in columns.Except(header, StringComparer.Ordinal))
        {
            errors.Add(fileName, 1, missing, "the column is missing.");
            headerOk = false;
        }
        foreach (var duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(fileName, 1, duplicate.Key, "the column appears more than once.");
            headerOk = false;
        }
        if (!headerOk)
            return new SeedCsv(fileName, []);

        var rows = new List<SeedRow>();
        while (true)
        {
            try
            {
                if (!csv.Read())
                    break;
            }
            catch (BadDataException ex)
            {
                errors.Add(fileName, csv.Parser.RawRow, null, $"the row does not have {columns.Count} fields ({ex.Message.Split('\n')[0]}).");
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                values[header[i]] = csv.GetField(i) ?? "";
            rows.Add(new SeedRow(fileName, csv.Parser.RawRow, values, errors));
        }
        return new SeedCsv(fileName, rows);
    }
}

/// <summary>A row of a seed file; each accessor records an error (and returns a placeholder) when the cell is invalid.</summary>
internal sealed partial class SeedRow(string file, int line, IReadOnlyDictionary<string, string> values, SeedErrors errors)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    public void Error(string column, string message) => errors.Add(File, Line, column, message);

    public string? OptionalText(string column)
    {
        var value = values[column];
        if (value.Length > 0 && value.Trim().Length != value.Length)
            Error(column, "the value has leading or trailing white space.");
        return value.Length == 0 ? null : value;
    }

    public string Text(string column)
    {
        var value = OptionalText(column);
        if (value is null)
            Error(column, "a value is required.");
        return value ?? "";
    }

    public int Int(string column, int min = int.MinValue)
    {
        var text = Text(column);
        if (text.Length == 0)
            return 0;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            Error(column, $"'{text}' is not a whole number.");
        else if (value < min)
            Error(column, $"{value} is below the smallest allowed value, {min}.");
        return value;
    }

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>; empty is null.</summary>
    public int? OptionalInt(string column, int min, int max)
    {
        var text = OptionalText(column);
        if (text is null)
            return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            Error(column, $"'{text}' is not a whole number.");
        else if (value < min || value > max)
            Error(column, $"{value} is outside {min}..{max}.");
        return value;
    }

    /// <summary>An ISO date (2001-07-28).</summary>
    public DateOnly Date(string column)
    {
        var text = Text(column);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (text.Length > 0)
            Error(column, $"'{text}' is not an ISO date (yyyy-MM-dd).");
        return default;
    }

    public double Double(string column)
    {
        var value = OptionalDouble(column);
        if (value is null)
            Error(column, "a number is required.");
        return value ?? 0;
    }

    /// <summary>A number in invariant form ("23.5", "-4.6"); empty is null.</summary>
    public double? OptionalDouble(string column)
    {
        var text = OptionalText(column);
        if (text is null)
            return null;
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        Error(column, $"'{text}' is not a number in invariant form (such as 23.5 or -4.6).");
        return null;
    }

    public bool Bool(string column)
    {
        var text = Text(column);
        if (text is "true" or "false")
            return text == "true";
        if (text.Length > 0)
            Error(column, $"'{text}' is not true or false.");
        return false;
    }

    /// <summary>Numbers in invariant form separated by semicolons ("15;20"); an empty cell, an empty list.</summary>
    public List<double> Numbers(string column)
    {
        var numbers = new List<double>();
        foreach (var text in List(column))
        {
            if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                numbers.Add(number);
            else
                Error(column, $"'{text}' is not a number in invariant form (such as 23.5 or -4.6).");
        }
        return numbers;
    }

    /// <summary>A value and the reason it is missing: exactly one of the two cells is filled.</summary>
    public (double? Value, NullReason? Reason) ValueOrReason(string valueColumn, string reasonColumn)
    {
        var value = OptionalDouble(valueColumn);
        var reason = OptionalText(reasonColumn) is null ? (NullReason?)null : Enum<NullReason>(reasonColumn);
        if ((value is null) == (reason is null))
            Error(reasonColumn, value is null ? "a missing value needs its reason." : "a value that is present takes no null reason.");
        return (value, reason);
    }

    /// <summary>An enum member written in kebab case, as the API prints it ("agro-industry").</summary>
    public T Enum<T>(string column) where T : struct, Enum
    {
        var text = Text(column);
        return text.Length > 0 ? Member<T>(column, text) ?? default : default;
    }

    /// <summary>Enum members in kebab case separated by semicolons ("unit-unclear;placeholder-zero"); an empty cell, an empty list.</summary>
    public List<T> EnumList<T>(string column) where T : struct, Enum =>
        List(column).Select(text => Member<T>(column, text)).OfType<T>().ToList();

    private T? Member<T>(string column, string text) where T : struct, Enum
    {
        // Seed files spell values exactly as the API prints them (no case folding, unlike query filters).
        if (EnumText.TryParse<T>(text, out var member) && EnumText.Name(member) == text)
            return member;
        Error(column, $"'{text}' is not one of: {string.Join(", ", EnumText.All<T>())}.");
        return null;
    }

    /// <summary>A required text that must be one of <paramref name="allowed"/>.</summary>
    public string OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var text = Text(column);
        if (text.Length > 0 && !allowed.Contains(text))
            Error(column, $"'{text}' is not one of: {string.Join(", ", allowed)}.");
        return text;
    }

    /// <summary>
    /// Which end of a range or threshold a quoted figure is, the same words in every file: "up to X" is <c>at-most</c>,
    /// "at least X" <c>at-least</c>, "more than X" <c>more-than</c>, "between X and Y" <c>lower</c> and <c>upper</c>.
    /// </summary>
    public static readonly string[] Bounds = ["at-least", "at-most", "more-than", "lower", "upper"];

    /// <summary>An optional <c>bound</c> cell, one of <see cref="Bounds"/>.</summary>
    public string? OptionalBound(string column = "bound")
    {
        var text = OptionalText(column);
        if (text is not null && !Bounds.Contains(text))
            Error(column, $"'{text}' is not one of: {string.Join(", ", Bounds)}.");
        return text;
    }

    /// <summary>A list written as values separated by semicolons; empty cell, empty list.</summary>
    public IReadOnlyList<string> List(string column)
    {
        var text = OptionalText(column);
        if (text is null)
            return [];
        var items = text.Split(';');
        if (items.Any(i => i.Length == 0 || i.Trim().Length != i.Length))
            Error(column, $"'{text}' is not a list of values separated by ';' without spaces around them.");
        return items;
    }

    /// <summary>Ids of another file separated by semicolons, in order; an unknown or repeated id is an error.</summary>
    public IReadOnlyList<string> References(string column, IReadOnlySet<string> known, string target)
    {
        var ids = new List<string>();
        foreach (var id in List(column))
        {
            if (!known.Contains(id))
                Error(column, $"'{id}' does not match any id in {target}.");
            else if (ids.Contains(id))
                Error(column, $"'{id}' is listed twice.");
            else
                ids.Add(id);
        }
        return ids;
    }


    /// <summary>The common columns source_id, paper_line, footnotes and note.</summary>
    public Provenance Provenance(IReadOnlySet<string> sourceIds)
    {
        var provenance = new Provenance
        {
            SourceId = Text("source_id"),
            FootnoteMarkers = List("footnotes"),
            Note = OptionalText("note"),
        };
        Int("paper_line", min: 1);
        SeedLoader.CheckReference(sourceIds, provenance.SourceId, this, "source_id", "sources.csv");
        return provenance;
    }

    public Period Period(string labelColumn, string startColumn, string endColumn)
    {
        var period = new Period { Label = Text(labelColumn), StartYear = Int(startColumn, min: 1900), EndYear = Int(endColumn, min: 1900) };
        if (period.EndYear < period.StartYear)
            Error(endColumn, $"the period ends ({period.EndYear}) before it starts ({period.StartYear}).");
        return period;
    }

    /// <summary>
    /// period_as_printed, the heading of the column a value is printed under. The value's own period differs from it
    /// only where a footnote of the cell gives other years ("Year 1992." under 1990-1992), which the markers must show.
    /// </summary>
    public string? PeriodAsPrinted(string? period, IReadOnlyList<string> footnoteMarkers)
    {
        var printed = OptionalText("period_as_printed");
        // The indicators read a heading's years (PeriodDto.OfHeading): a heading that is not years fails here, not there.
        if (printed is not null && !(HeadingYears().Match(printed) is { Success: true } years
                && (!years.Groups[2].Success || string.CompareOrdinal(years.Groups[1].Value, years.Groups[2].Value) <= 0)))
            Error("period_as_printed", $"'{printed}' is not a column heading of years (1990 or 1990-1992, first year first).");
        else if (printed is not null && period is null)
            Error("period", $"a value printed under the column '{printed}' needs a period.");
        else if (printed is not null && printed != period && footnoteMarkers.Count == 0)
            Error("period", $"'{period}' differs from the column '{printed}' it is printed under, but the cell has no footnote giving other years.");
        return printed;
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{4}))?$")]
    private static partial Regex HeadingYears();

    /// <summary>The named columns' non-empty values as "camelCaseName=value" pairs separated by '|'; null when all are empty.</summary>
    public static string? Details(SeedRow row, IEnumerable<string> columns)
    {
        var pairs = columns
            .Select(c => (Key: JsonNamingPolicy.CamelCase.ConvertName(string.Concat(c.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]))), Value: row.OptionalText(c)))
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={p.Value}");
        var text = string.Join('|', pairs);
        return text.Length == 0 ? null : text;
    }

}
