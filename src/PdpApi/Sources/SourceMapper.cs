using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Sources;

[Mapper]
public static partial class SourceMapper
{
    public static partial IQueryable<SourceDto> ProjectToDto(this IQueryable<Source> sources);

    public static partial IQueryable<FootnoteDto> ProjectToDto(this IQueryable<TableNote> notes);

    [MapperIgnoreSource(nameof(TableNote.Id))]
    private static partial FootnoteDto ToDto(TableNote note);

    [MapperIgnoreSource(nameof(Source.Position))]
    [MapperIgnoreTarget(nameof(SourceDto.Citation))]
    [MapPropertyFromSource(nameof(SourceDto.Notes), Use = nameof(NotesInOrder))]
    private static partial SourceDto ToDto(Source source);

    // Notes keep the order in which the paper prints them.
    private static IReadOnlyList<TableNoteDto> NotesInOrder(Source source) =>
        source.Notes.OrderBy(n => n.Id).Select(n => new TableNoteDto { Marker = n.Marker, Text = n.Text }).ToList();
}
