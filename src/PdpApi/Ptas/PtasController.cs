using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Figures;

namespace PdpApi.Ptas;

/// <summary>Preferential trade arrangements: Table 10, its source note and Section 4.3.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/ptas")]
[Tags("Preferential trade arrangements")]
public sealed class PtasController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<Pta, string, PtaDto> ById = new((p, id) => p.Id == id, PtaMapper.ProjectToDto);

    /// <summary>List trade arrangements</summary>
    /// <remarks>Table 10: members, dates, 2006 export and import shares, sectoral preferences with HS chapters and average tariffs, each with its events.</remarks>
    [HttpGet(Name = "listPtas")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<PtaDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<PtaDto>>> List([FromQuery] PtaQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.Ptas, errors), PtaMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a trade arrangement</summary>
    /// <remarks>One row of Table 10: a preferential trade arrangement, its members and partners, its 2006 trade shares, sector coverage and average tariffs, with its dated events. 404 when no arrangement has this slug.</remarks>
    /// <param name="id">Slug, such as <c>andean-community</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}", Name = "getPta")]
    [Produces("application/json")]
    [ProducesResponseType<PtaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<PtaDto>> Get(string id, CancellationToken cancellationToken) =>
        ById.FindAsync(this, db, id, cancellationToken);

    /// <summary>List trade arrangement events</summary>
    /// <remarks>Every dated event of Table 10, the text and footnotes 42-43, including those about Peru's arrangements as a whole.</remarks>
    [HttpGet("events", Name = "listPtaEvents")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<PtaEventDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<PtaEventDto>>> ListEvents([FromQuery] PtaEventQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.PtaEvents, errors), PtaMapper.ProjectToDto, cancellationToken);

    /// <summary>List preference schemes</summary>
    /// <remarks>The GSP, ATPA and ATPDEA schemes of Table 10's source note and the agreements reached since 2006 (footnote 42).</remarks>
    [HttpGet("preference-schemes", Name = "listPreferenceSchemes")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<PreferenceSchemeDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<PreferenceSchemeDto>>> ListSchemes([FromQuery] PreferenceSchemeQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => PreferenceSchemeQuery.Sorting.Parse(query.Sort, errors)(db.PreferenceSchemes), PtaMapper.ProjectToDto, cancellationToken);

    /// <summary>List figures quoted on trade arrangements</summary>
    /// <remarks>Section 4.3: shares of trade with preferential partners (1998, 2006) and the preferential average tariffs the text quotes.</remarks>
    [HttpGet("figures", Name = "listPtaFigures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<QuotedFigureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<QuotedFigureDto>>> ListFigures([FromQuery] QuotedFigureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.QuotedFigures, "ptas", errors), QuotedFigureMapper.ProjectToDto, cancellationToken);
}
