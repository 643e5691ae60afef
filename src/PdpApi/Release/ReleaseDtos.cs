using PdpApi.Data;
using PdpApi.Data.Seeding;

namespace PdpApi.Release;

/// <summary>The data release the API serves, what changed in it, and how to cite the paper and the release.</summary>
public sealed record ReleaseDto
{
    /// <summary>The release's version: its date, written yyyy.MM.dd (every response carries it in the <c>Data-Release</c> header).</summary>
    public required string Version { get; init; }
    /// <summary>The release's date (ISO 8601).</summary>
    public required DateOnly Date { get; init; }
    /// <summary>SHA-256 (hex) over the name and bytes of each CSV file of <c>seed/</c>, in name order.</summary>
    public required string SeedSha256 { get; init; }
    /// <summary>What changed since the previous release.</summary>
    public required string Changes { get; init; }
    /// <summary>The previous release's version; null for the first release.</summary>
    public required string? PreviousVersion { get; init; }
    /// <summary>Every release, oldest first.</summary>
    public required IReadOnlyList<ReleaseHistoryDto> Releases { get; init; }
    /// <summary>The source paper's bibliographic record, each fact with where it was read.</summary>
    public required IReadOnlyList<CitationFieldDto> Paper { get; init; }
    /// <summary>The paper's citation.</summary>
    public required CitationDto PaperCitation { get; init; }
    /// <summary>This data release's citation.</summary>
    public required CitationDto ReleaseCitation { get; init; }
    /// <summary>The whole release as one ZIP file (CSV files, datapackage.json, README.md).</summary>
    public required string Bundle { get; init; }
}

/// <summary>A past or present release.</summary>
public sealed record ReleaseHistoryDto
{
    /// <summary>The version (yyyy.MM.dd).</summary>
    public required string Version { get; init; }
    /// <summary>The release date.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>What changed since the release before it.</summary>
    public required string Changes { get; init; }
}

/// <summary>One fact of the paper's bibliographic record.</summary>
public sealed record CitationFieldDto
{
    /// <summary>title, authors, series, number, date, publisher, url, reuse, jel, keywords or abstract.</summary>
    public required string Field { get; init; }
    /// <summary>The value as printed (lists separated by ';'); null when the paper prints none (see nullReason).</summary>
    public required string? Value { get; init; }
    /// <summary>paper-text: the paper's text file, at paperLine; title-page: the published edition's title and copyright pages, which the text file omits.</summary>
    public required CitationBasis Basis { get; init; }
    /// <summary>Line of the paper's text file; null for a fact of the title page.</summary>
    public required int? PaperLine { get; init; }
    /// <summary>Why the value is null (not-reported: the paper prints none); null when there is a value.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>What was read where, or chosen between readings, and why; null when nothing needs saying.</summary>
    public required string? Note { get; init; }
}

/// <summary>A citation in plain text and in BibTeX.</summary>
public sealed record CitationDto
{
    /// <summary>Plain text, author-date style.</summary>
    public required string Text { get; init; }
    /// <summary>A BibTeX entry (UTF-8).</summary>
    public required string Bibtex { get; init; }
}
