using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Sources;

/// <summary>Filters of /api/v1/sources, besides paging, sorting and format.</summary>
public sealed class SourceQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<Source> Sorting = new SortFields<Source>()
        .Add("position", s => s.Position)
        .Add("id", s => s.Id)
        .Add("title", s => s.Title);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>table or section. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "kind")]
    public IReadOnlyList<SourceKind>? Kind { get; init; }

    internal IQueryable<Source> Apply(IQueryable<Source> sources, QueryErrors errors)
    {
        var kinds = Kind ?? [];
        var order = Sorting.Parse(Sort, errors);
        if (kinds.Count > 0)
            sources = sources.Where(s => kinds.Contains(s.Kind));
        return order(sources);
    }
}

/// <summary>Filters of /api/v1/footnotes, besides paging, sorting and format.</summary>
public sealed class FootnoteQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<TableNote> Sorting = new SortFields<TableNote>()
        .Add("paperLine", n => n.PaperLine)
        .Add("sourceId", n => n.SourceId)
        .Add("id", n => n.Id)
        .BreakTiesBy("id");

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>The table or section (<c>table-8</c>, <c>section-4.1</c>). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "sourceId")]
    public string? SourceId { get; init; }

    internal IQueryable<TableNote> Apply(IQueryable<TableNote> notes, QueryErrors errors)
    {
        var order = Sorting.Parse(Sort, errors);
        var sources = QueryGrammar.Slugs(SourceId, "sourceId", errors);
        if (sources.Count > 0)
            notes = notes.Where(n => sources.Contains(n.SourceId));
        return order(notes);
    }
}
