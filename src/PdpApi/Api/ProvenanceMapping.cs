using PdpApi.Data;

namespace PdpApi.Api;

public static class ProvenanceMapping
{
    public static ProvenanceDto ToDto(Provenance provenance) => new()
    {
        SourceId = provenance.SourceId,
        Footnotes = provenance.FootnoteMarkers,
        Note = provenance.Note,
    };
}
