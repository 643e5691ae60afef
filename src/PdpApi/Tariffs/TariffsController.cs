using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Tariffs;

/// <summary>MFN tariffs: the 1990-1993 schedules of Table 7, the sector protection of Table 8, and Section 4.1's chronology and price band.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/tariffs")]
[Tags("Tariffs")]
public sealed class TariffsController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<TariffSchedule, string, TariffScheduleDto> TariffScheduleById = new((s, id) => s.Id == id, TariffMapper.ProjectToDto);

    /// <summary>List tariff schedules</summary>
    /// <remarks>Table 7: the MFN tariff schedule at seven dates, 1990-1993: average, standard deviation, maximum and lines by rate.</remarks>
    [HttpGet("schedules", Name = "listTariffSchedules")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<TariffScheduleDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<TariffScheduleDto>>> ListSchedules([FromQuery] TariffScheduleQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.TariffSchedules, errors), TariffMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a tariff schedule</summary>
    /// <remarks>One column of Table 7: the MFN tariff schedule at one date, its tariff lines by rate, the printed average and standard deviation, and the maximum with surcharges. 404 when no schedule has this date.</remarks>
    /// <param name="id">Year and month of the snapshot, such as <c>1991-06</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("schedules/{id}", Name = "getTariffSchedule")]
    [Produces("application/json")]
    [ProducesResponseType<TariffScheduleDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<TariffScheduleDto>> GetSchedule(string id, CancellationToken cancellationToken) =>
        TariffScheduleById.FindAsync(this, db, id, cancellationToken);

    /// <summary>List sector protection values</summary>
    /// <remarks>
    /// Table 8, one value per sector, period and measure: nominal ad-valorem tariff, effective rate of protection and
    /// output growth for 1990-1992, 1996-1997, 2001-2002 and 2006-2007, with the footnotes that change what a number
    /// means (texts in /api/v1/sources/table-8).
    /// </remarks>
    [HttpGet("sector-protection", Name = "listSectorProtection")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<SectorProtectionDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<SectorProtectionDto>>> ListSectorProtection([FromQuery] SectorProtectionQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.SectorProtection, errors), TariffMapper.ProjectToDto, cancellationToken);

    /// <summary>List tariff changes</summary>
    /// <remarks>Section 4.1's chronology of MFN tariff rates, surcharges and variable duties, 1991-2006, with the decrees the paper names.</remarks>
    [HttpGet("chronology", Name = "listTariffChanges")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<TariffChangeDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<TariffChangeDto>>> ListChanges([FromQuery] TariffChangeQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.TariffChanges, errors), TariffMapper.ProjectToDto, cancellationToken);

    /// <summary>List price-band products</summary>
    /// <remarks>The product groups of the price-band mechanism, their HS codes (footnote 33), coverage and the WTO's 1999 ad-valorem equivalents.</remarks>
    [HttpGet("price-band-products", Name = "listPriceBandProducts")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<PriceBandProductDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<PriceBandProductDto>>> ListPriceBandProducts([FromQuery] PriceBandProductQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => PriceBandProductQuery.Sorting.Parse(query.Sort, errors)(db.PriceBandProducts), TariffMapper.ProjectToDto, cancellationToken);
}
