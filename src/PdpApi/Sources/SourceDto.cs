using PdpApi.Data;

namespace PdpApi.Sources;

/// <summary>A table (or section) of the source paper that records cite as their source.</summary>
public sealed record SourceDto
{
    /// <summary>Stable id, such as <c>table-19</c> or <c>table-a7</c>.</summary>
    public required string Id { get; init; }
    /// <summary>table or section.</summary>
    public required SourceKind Kind { get; init; }
    /// <summary>The label the paper uses, such as "Table 19".</summary>
    public required string Label { get; init; }
    /// <summary>The title as printed.</summary>
    public required string Title { get; init; }
    /// <summary>The "Source:" line under the table, as printed; null when the paper prints none.</summary>
    public required string? SourceNote { get; init; }
    /// <summary>Line of the paper's text file where the title first appears, to check a value against the source.</summary>
    public required int PaperLine { get; init; }
    /// <summary>
    /// The notes printed under the table, each with the marker that refers to it. Not a CSV column: every note is a row
    /// of <c>/api/v1/footnotes</c>, in JSON or CSV.
    /// </summary>
    public required IReadOnlyList<TableNoteDto> Notes { get; init; }
    /// <summary>How to cite this table or section: the paper's citation (see <c>/api/v1/release</c>), then the label.</summary>
    public string Citation { get; init; } = "";
}

/// <summary>A note printed under a table.</summary>
public sealed record TableNoteDto
{
    /// <summary>The marker as printed, in ASCII (¹ is "1"); "note" for an unmarked note.</summary>
    public required string Marker { get; init; }
    /// <summary>The note's text, as printed.</summary>
    public required string Text { get; init; }
}

/// <summary>A note printed under a table, or a running footnote of a section, as a row of its own.</summary>
public sealed record FootnoteDto
{
    /// <summary>The table or section the note belongs to (<c>/api/v1/sources/{id}</c>).</summary>
    public required string SourceId { get; init; }
    /// <summary>The marker as printed, in ASCII (¹ is "1"); "note" for an unmarked note.</summary>
    public required string Marker { get; init; }
    /// <summary>The note's text, as printed.</summary>
    public required string Text { get; init; }
    /// <summary>Line of the note in the paper's text file.</summary>
    public required int PaperLine { get; init; }
}
