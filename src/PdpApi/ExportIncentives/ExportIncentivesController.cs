using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Figures;

namespace PdpApi.ExportIncentives;

/// <summary>Export incentives: the drawback regime (Table 13) and the free zones and CETICOS (Table 14), Sections 6.2 and Table 11.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/export-incentives")]
[Tags("Export incentives")]
public sealed class ExportIncentivesController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<FreeZone, string, FreeZoneDto> FreeZoneById = new((z, id) => z.Id == id && z.PreferredReading, ExportIncentiveMapper.ProjectToDto);

    /// <summary>List drawback rules</summary>
    /// <remarks>The drawback regime: refund rate, thresholds, exclusions and requirements, with the decrees that set and changed them.</remarks>
    [HttpGet("drawback-rules", Name = "listDrawbackRules")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<IncentiveRuleDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<IncentiveRuleDto>>> ListDrawbackRules([FromQuery] IncentiveRuleQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.IncentiveRules, IncentiveRegime.Drawback, errors), ExportIncentiveMapper.ProjectToDto, cancellationToken);

    /// <summary>List exports receiving drawbacks</summary>
    /// <remarks>Table 13: structure and growth of exports receiving drawbacks by sector, 2003-2005, 2006 and 2007, with the totals and concentration ratios.</remarks>
    [HttpGet("drawback-exports", Name = "listDrawbackExports")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<IncentiveTradeValueDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<IncentiveTradeValueDto>>> ListDrawbackExports([FromQuery] IncentiveTradeValueQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.IncentiveTradeValues, "drawback-exports", errors), ExportIncentiveMapper.ProjectToDto, cancellationToken);

    /// <summary>List drawback figures</summary>
    /// <remarks>The drawback refunds, beneficiary counts and concentration figures the text quotes.</remarks>
    [HttpGet("drawback-figures", Name = "listDrawbackFigures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<QuotedFigureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<QuotedFigureDto>>> ListDrawbackFigures([FromQuery] QuotedFigureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.QuotedFigures, "drawbacks", errors), QuotedFigureMapper.ProjectToDto, cancellationToken);

    /// <summary>List free zones</summary>
    /// <remarks>The free zones, CETICOS and special zones: place, creating act, benefits and their end years.</remarks>
    [HttpGet("free-zones", Name = "listFreeZones")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<FreeZoneDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<FreeZoneDto>>> ListFreeZones([FromQuery] FreeZoneQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.FreeZones, errors), ExportIncentiveMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a free zone</summary>
    /// <remarks>The preferred reading of the zone; /free-zones?preferredOnly=false lists the others.</remarks>
    /// <param name="id">Slug, such as <c>zofratacna</c> or <c>ceticos-ilo</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("free-zones/{id}", Name = "getFreeZone")]
    [Produces("application/json")]
    [ProducesResponseType<FreeZoneDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<FreeZoneDto>> GetFreeZone(string id, CancellationToken cancellationToken) =>
        FreeZoneById.FindAsync(this, db, id, cancellationToken);

    /// <summary>List imports from the free zone of Tacna</summary>
    /// <remarks>Table 14: structure, growth and value of imports from the free zone of Tacna by sector, 1993-2007.</remarks>
    [HttpGet("free-zone-imports", Name = "listFreeZoneImports")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<IncentiveTradeValueDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<IncentiveTradeValueDto>>> ListFreeZoneImports([FromQuery] IncentiveTradeValueQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.IncentiveTradeValues, "free-zone-imports", errors), ExportIncentiveMapper.ProjectToDto, cancellationToken);

    /// <summary>List free-zone rules</summary>
    /// <remarks>The acts, export requirements, tax rates, benefits and exclusions of the free zones and CETICOS.</remarks>
    [HttpGet("free-zone-rules", Name = "listFreeZoneRules")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<IncentiveRuleDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<IncentiveRuleDto>>> ListFreeZoneRules([FromQuery] IncentiveRuleQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.IncentiveRules, IncentiveRegime.FreeZones, errors), ExportIncentiveMapper.ProjectToDto, cancellationToken);

    /// <summary>List free-zone figures</summary>
    /// <remarks>Jobs, vehicles, import values and taxes forgone that the text quotes for the free zones.</remarks>
    [HttpGet("free-zone-figures", Name = "listFreeZoneFigures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<QuotedFigureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<QuotedFigureDto>>> ListFreeZoneFigures([FromQuery] QuotedFigureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.QuotedFigures, "free-zones", errors), QuotedFigureMapper.ProjectToDto, cancellationToken);
}
