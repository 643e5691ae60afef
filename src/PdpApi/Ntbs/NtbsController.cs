using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Figures;

namespace PdpApi.Ntbs;

/// <summary>Non-tariff barriers: Table 9 and Section 4.2.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/ntbs")]
[Tags("Non-tariff barriers")]
public sealed class NtbsController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<NtbCountry, string, NtbCountryDto> NtbCountryById = new((c, id) => c.Id == id, NtbMapper.ProjectToDto);

    /// <summary>List countries' NTB structures</summary>
    /// <remarks>Table 9: for Peru and its main partners in 2002, the share of NTBs by sector, NTBs per tariff line, the NTBs Peru's exports face and the total.</remarks>
    [HttpGet("countries", Name = "listNtbCountries")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<NtbCountryDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<NtbCountryDto>>> ListCountries([FromQuery] NtbCountryQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.NtbCountries, errors), NtbMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a country's NTB structure</summary>
    /// <remarks>One row of Table 9: a country's non-tariff barriers in 2002: their shares by sector, the weighted average per tariff line, the total and those Peru's exports face. 404 when no country has this slug.</remarks>
    /// <param name="id">Country slug, such as <c>chile</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("countries/{id}", Name = "getNtbCountry")]
    [Produces("application/json")]
    [ProducesResponseType<NtbCountryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<NtbCountryDto>> GetCountry(string id, CancellationToken cancellationToken) =>
        NtbCountryById.FindAsync(this, db, id, cancellationToken);

    /// <summary>List NTB types</summary>
    /// <remarks>Section 4.2: the four kinds of NTB Peru has used since the early 1990s, with the paper's examples.</remarks>
    [HttpGet("types", Name = "listNtbTypes")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<NtbTypeDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<NtbTypeDto>>> ListTypes([FromQuery] NtbTypeQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => NtbTypeQuery.Sorting.Parse(query.Sort, errors)(db.NtbTypes), NtbMapper.ProjectToDto, cancellationToken);

    /// <summary>List NTB tariff equivalents and figures</summary>
    /// <remarks>Section 4.2: the estimated tariff equivalents of NTBs (Kee et al. 2006; Tello 2008c) and the shares the text quotes.</remarks>
    [HttpGet("tariff-equivalents", Name = "listNtbTariffEquivalents")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<QuotedFigureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<QuotedFigureDto>>> ListTariffEquivalents([FromQuery] QuotedFigureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.QuotedFigures, "ntbs", errors), QuotedFigureMapper.ProjectToDto, cancellationToken);
}
