using PdpApi.Data;

namespace PdpApi.Api;

public static class ProvenanceMapping
{
    public static ProvenanceDto ToDto(Provenance provenance) => new()
    {
        SourceId = provenance.SourceId,
        Footnotes = Markers(provenance.FootnoteMarkers),
        Note = provenance.Note,
    };

    /// <summary>Markers stored comma-separated ("2,13") as a list; none as an empty list.</summary>
    public static string[] Markers(string? markers) => markers == null ? [] : markers.Split(',');
}
