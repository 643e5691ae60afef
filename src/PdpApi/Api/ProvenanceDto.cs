namespace PdpApi.Api;

/// <summary>Where a record comes from in the source paper.</summary>
public sealed record ProvenanceDto
{
    /// <summary>The paper's table or section, as an id of /api/v1/sources (for example <c>table-19</c>).</summary>
    public required string SourceId { get; init; }
    /// <summary>Footnote markers that qualify this record's values, as printed; their texts are in /api/v1/sources/{sourceId}.</summary>
    public required IReadOnlyList<string> Footnotes { get; init; }
    /// <summary>What was derived or interpreted while transcribing, and why; null when the record is taken as printed.</summary>
    public required string? Note { get; init; }
}
