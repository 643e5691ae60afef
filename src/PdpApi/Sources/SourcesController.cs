using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Sources;

/// <summary>The paper's tables: titles, source lines and the notes printed under them.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/sources")]
[Tags("Sources")]
public sealed class SourcesController(PdpDbContext db) : ControllerBase
{
    /// <summary>List sources</summary>
    /// <remarks>Every table of the paper that records cite, in the paper's order, with its notes.</remarks>
    [HttpGet(Name = "listSources")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<SourceDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<SourceDto>>> List([FromQuery] SourceQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.Sources, errors), SourceMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a source</summary>
    /// <remarks>One of the paper's tables or sections: its label, title, source line and the notes printed under it. 404 when no source has this id.</remarks>
    /// <param name="id">The source's id, such as <c>table-19</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}", Name = "getSource")]
    [Produces("application/json")]
    [ProducesResponseType<SourceDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<SourceDto>> Get(string id, CancellationToken cancellationToken) =>
        this.SingleOrNotFoundAsync(db.Sources.Where(s => s.Id == id).ProjectToDto(), cancellationToken);
}
