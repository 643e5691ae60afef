namespace PdpApi.Data.Seeding;

/// <summary>Reads sources.csv (the paper's tables) and source-notes.csv (the notes printed under them).</summary>
internal static class SourceSeed
{
    private static readonly string[] SourceColumns = ["id", "kind", "label", "title", "source_note", "paper_line"];
    private static readonly string[] NoteColumns = ["source_id", "marker", "text", "paper_line"];

    public static List<Source> ReadSources(string directory, SeedErrors errors)
    {
        var file = SeedCsv.Read(directory, "sources.csv", SourceColumns, errors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<Source>();
        foreach (var row in file.Rows)
        {
            var source = new Source
            {
                Id = row.Text("id"),
                Kind = row.Enum<SourceKind>("kind"),
                Label = row.Text("label"),
                Title = row.Text("title"),
                SourceNote = row.OptionalText("source_note"),
                PaperLine = row.Int("paper_line", min: 1),
                Position = sources.Count + 1,
            };
            SeedLoader.CheckUnique(seen, source.Id, row, "id");
            sources.Add(source);
        }
        return sources;
    }

    public static List<TableNote> ReadNotes(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var file = SeedCsv.Read(directory, "source-notes.csv", NoteColumns, errors);
        var seen = new HashSet<(string, string)>();
        var notes = new List<TableNote>();
        foreach (var row in file.Rows)
        {
            var note = new TableNote
            {
                Id = notes.Count + 1,
                SourceId = row.Text("source_id"),
                Marker = row.Text("marker"),
                Text = row.Text("text"),
                PaperLine = row.Int("paper_line", min: 1),
            };
            SeedLoader.CheckReference(sourceIds, note.SourceId, row, "source_id", "sources.csv");
            SeedLoader.CheckUnique(seen, (note.SourceId, note.Marker), row, "marker");
            notes.Add(note);
        }
        return notes;
    }
}
