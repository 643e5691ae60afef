using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Sources;

[Mapper]
public static partial class SourceMapper
{
    public static partial IQueryable<SourceDto> ProjectToDto(this IQueryable<Source> sources);

    [MapperIgnoreSource(nameof(Source.Position))]
    private static partial SourceDto ToDto(Source source);

    [MapperIgnoreSource(nameof(TableNote.Id))]
    [MapperIgnoreSource(nameof(TableNote.SourceId))]
    [MapperIgnoreSource(nameof(TableNote.PaperLine))]
    private static partial TableNoteDto ToDto(TableNote note);
}
