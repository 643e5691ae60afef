using System.Globalization;

namespace PdpApi.Data.Seeding;

/// <summary>Where a fact of the citation was read.</summary>
public enum CitationBasis
{
    /// <summary>The paper's text file, at the row's paper line.</summary>
    PaperText,
    /// <summary>The published edition's title and copyright pages, which the text file (it starts at the abstract) omits.</summary>
    TitlePage,
}

/// <summary>One fact of the paper's bibliographic record (citation.csv), with where it was read; a null value has its reason.</summary>
public sealed record CitationField(string Field, string? Value, CitationBasis Basis, int? PaperLine, NullReason? NullReason, string? Note);

/// <summary>A data release (releases.csv): its version, date and what changed since the one before.</summary>
public sealed record ReleaseEntry(string Version, DateOnly Date, string Changes);

/// <summary>The seed's metadata: the paper's bibliographic record and the releases, the latest last.</summary>
public sealed record SeedRelease(IReadOnlyList<CitationField> Citation, IReadOnlyList<ReleaseEntry> Releases)
{
    public ReleaseEntry Current => Releases[^1];

    public CitationField Field(string name) => Citation.Single(f => f.Field == name);

    /// <summary>A list-valued field (authors, keywords) split on ';', as every list in the seed is written.</summary>
    public IReadOnlyList<string> List(string name) => Field(name).Value?.Split(';') ?? [];
}

/// <summary>
/// Reads citation.csv and releases.csv. They fill no table: the loader validates them with the rest of the seed (so a
/// bad release is refused like a bad cell) and the API reads them to cite the paper and name the release it serves.
/// </summary>
public static class ReleaseSeed
{
    public const string CitationFile = "citation.csv", ReleasesFile = "releases.csv";

    /// <summary>Every field the citation has, each exactly once.</summary>
    public static readonly IReadOnlyList<string> CitationFields =
        ["title", "authors", "series", "number", "date", "publisher", "url", "reuse", "jel", "keywords", "abstract"];

    private static readonly string[] CitationColumns = ["field", "value", "basis", "paper_line", "null_reason", "note"];
    private static readonly string[] ReleaseColumns = ["version", "date", "changes"];

    /// <summary>Reads and validates both files, throwing <see cref="SeedValidationException"/> with every error found.</summary>
    public static SeedRelease Read(string directory)
    {
        var errors = new SeedErrors();
        var release = Read(directory, errors);
        if (errors.All.Count > 0)
            throw new SeedValidationException(errors.All);
        return release;
    }

    internal static SeedRelease Read(string directory, SeedErrors errors) =>
        new(ReadCitation(directory, errors), ReadReleases(directory, errors));

    private static List<CitationField> ReadCitation(string directory, SeedErrors errors)
    {
        var file = SeedCsv.Read(directory, CitationFile, CitationColumns, errors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<CitationField>();
        foreach (var row in file.Rows)
        {
            var field = row.OneOf("field", CitationFields);
            SeedLoader.CheckUnique(seen, field, row, "field");
            var value = row.OptionalText("value");
            var reason = row.OptionalText("null_reason") is null ? (NullReason?)null : row.Enum<NullReason>("null_reason");
            if ((value is null) == (reason is null))
                row.Error("null_reason", "give either a value or the reason there is none, not both.");
            var basis = row.Enum<CitationBasis>("basis");
            var line = row.OptionalInt("paper_line", 1, int.MaxValue);
            if ((basis == CitationBasis.PaperText) != line.HasValue)
                row.Error("paper_line", "a fact read in the text file gives its line; one read on the title page gives none.");
            fields.Add(new CitationField(field, value, basis, line, reason, row.OptionalText("note")));
        }
        foreach (var missing in CitationFields.Except(seen))
            errors.Add(CitationFile, 0, "field", $"the citation has no '{missing}' row.");
        return fields;
    }

    private static List<ReleaseEntry> ReadReleases(string directory, SeedErrors errors)
    {
        var file = SeedCsv.Read(directory, ReleasesFile, ReleaseColumns, errors);
        var releases = new List<ReleaseEntry>();
        foreach (var row in file.Rows)
        {
            var release = new ReleaseEntry(row.Text("version"), row.Date("date"), row.Text("changes"));
            // The version is the release's date (yyyy.MM.dd), so versions sort as they were released.
            if (release.Version != release.Date.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture))
                row.Error("version", $"'{release.Version}' is not the release's date written yyyy.MM.dd.");
            if (releases.Count > 0 && release.Date <= releases[^1].Date)
                row.Error("date", "releases are listed oldest first, one a day at most.");
            releases.Add(release);
        }
        if (releases.Count == 0)
            errors.Add(ReleasesFile, 0, null, "the seed lists no release.");
        return releases;
    }
}
