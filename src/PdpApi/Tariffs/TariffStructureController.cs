using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Tariffs;

/// <summary>The 2001-2007 tariff structure by sector group (Tables A6, A7) and Table A8's protection-growth correlations.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/tariffs")]
[Tags("Tariffs")]
public sealed class TariffStructureController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<SectorGroup, string, SectorGroupDto> SectorGroupById = new((g, id) => g.Id == id, TariffMapper.ProjectToDto);

    /// <summary>List sector groups</summary>
    /// <remarks>The 14 columns of Tables A6 and A7, "All Goods" first.</remarks>
    [HttpGet("sector-groups", Name = "listSectorGroups")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<SectorGroupDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<SectorGroupDto>>> ListGroups([FromQuery] SectorGroupQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => SectorGroupQuery.Sorting.Parse(query.Sort, errors)(db.SectorGroups), TariffMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a sector group</summary>
    /// <remarks>One of the 14 sector groups of Tables A6 and A7 with the names each table prints; its tariff structure and band shares are collections filtered by group. 404 when no group has this slug.</remarks>
    /// <param name="id">The group's slug, such as <c>all-goods</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("sector-groups/{id}", Name = "getSectorGroup")]
    [Produces("application/json")]
    [ProducesResponseType<SectorGroupDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<SectorGroupDto>> GetGroup(string id, CancellationToken cancellationToken) =>
        SectorGroupById.FindAsync(this, db, id, cancellationToken);

    /// <summary>List tariff structure values</summary>
    /// <remarks>Table A6: simple average applied tariff, its standard deviation and the number of tariff lines, by sector group and year, 2001-2007.</remarks>
    [HttpGet("structure", Name = "listTariffStructure")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<TariffStructureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<TariffStructureDto>>> ListStructure([FromQuery] TariffStructureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.TariffStructure, errors), TariffMapper.ProjectToDto, cancellationToken);

    /// <summary>List tariff band shares</summary>
    /// <remarks>
    /// Table A7: the percentage of each sector group's tariff lines in each tariff band, 2001-2007. The table is
    /// misaligned in the source; every value says whether its cell was placed with confidence or inferred, and how.
    /// </remarks>
    [HttpGet("band-shares", Name = "listTariffBandShares")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<TariffBandShareDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<TariffBandShareDto>>> ListBandShares([FromQuery] TariffBandShareQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.TariffBandShares, errors), TariffMapper.ProjectToDto, cancellationToken);

    /// <summary>List protection-growth correlations</summary>
    /// <remarks>Table A8: simple correlation coefficients between protection (effective or nominal) and output growth across sectors, with the number of observations.</remarks>
    [HttpGet("protection-growth-correlations", Name = "listProtectionGrowthCorrelations")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<ProtectionGrowthCorrelationDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<ProtectionGrowthCorrelationDto>>> ListCorrelations([FromQuery] ProtectionGrowthCorrelationQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.ProtectionGrowthCorrelations, errors), TariffMapper.ProjectToDto, cancellationToken);
}
