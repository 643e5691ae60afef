using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Release;

namespace PdpApi.Sources;

/// <summary>The paper's tables: titles, source lines and the notes printed under them.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/sources")]
[Tags("Sources")]
public sealed class SourcesController(PdpDbContext db, PublishedRelease release) : ControllerBase
{
    private static readonly DetailQuery<Source, string, SourceDto> ById = new((s, id) => s.Id == id, SourceMapper.ProjectToDto);

    /// <summary>List sources</summary>
    /// <remarks>
    /// Every table of the paper that records cite, in the paper's order, with its notes and its citation. In CSV the
    /// notes are not a column: they are rows of <c>/api/v1/footnotes</c>.
    /// </remarks>
    [HttpGet(Name = "listSources")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<SourceDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<SourceDto>>> List([FromQuery] SourceQuery query, CancellationToken cancellationToken)
    {
        var result = await this.PageAsync(query, errors => query.Apply(db.Sources, errors), SourceMapper.ProjectToDto, cancellationToken);
        if (result.Value is not { } page)
            return result;
        return new Page<SourceDto>
        {
            Items = page.Items.Select(Cited).ToList(), PageNumber = page.PageNumber, PageSize = page.PageSize, TotalCount = page.TotalCount,
        };
    }

    /// <summary>Get a source</summary>
    /// <remarks>One of the paper's tables or sections: its label, title, source line and the notes printed under it. 404 when no source has this id.</remarks>
    /// <param name="id">The source's id, such as <c>table-19</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}", Name = "getSource")]
    [Produces("application/json")]
    [ProducesResponseType<SourceDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<SourceDto>> Get(string id, CancellationToken cancellationToken)
    {
        var result = await ById.FindAsync(this, db, id, cancellationToken);
        return result.Value is { } source ? Cited(source) : result;
    }

    /// <summary>List footnotes</summary>
    /// <remarks>
    /// The notes printed under the tables and the sections' running footnotes, one row each, in the paper's order; the
    /// same notes as the sources' <c>notes</c>, here also as CSV.
    /// </remarks>
    [HttpGet("/api/v{version:apiVersion}/footnotes", Name = "listFootnotes")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<FootnoteDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<FootnoteDto>>> ListFootnotes([FromQuery] FootnoteQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.TableNotes, errors), SourceMapper.ProjectToDto, cancellationToken);

    private SourceDto Cited(SourceDto source) => source with { Citation = release.CiteSource(source.Label) };
}
