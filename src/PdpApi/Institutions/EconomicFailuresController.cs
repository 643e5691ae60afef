using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Institutions;

/// <summary>Section 3.1's economic failures and the institutions that address each.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/economic-failures")]
[Tags("Institutions")]
public sealed class EconomicFailuresController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<EconomicFailure, string, EconomicFailureDto> ById = new((f, id) => f.Id == id, InstitutionMapper.ProjectToDto);

    /// <summary>List economic failures</summary>
    /// <remarks>The market and government failures of the paper's framework, each with the institutions that address it.</remarks>
    [HttpGet(Name = "listEconomicFailures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<EconomicFailureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<EconomicFailureDto>>> List([FromQuery] EconomicFailureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => EconomicFailureQuery.Sorting.Parse(query.Sort, errors)(db.EconomicFailures), InstitutionMapper.ProjectToDto, cancellationToken);

    /// <summary>Get an economic failure</summary>
    /// <remarks>One of the economic failures of Section 3.1's framework: what it is, its group in the framework and the institutions that address it. 404 when no failure has this slug.</remarks>
    /// <param name="id">Slug, such as <c>coordination-failures</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}", Name = "getEconomicFailure")]
    [Produces("application/json")]
    [ProducesResponseType<EconomicFailureDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<EconomicFailureDto>> Get(string id, CancellationToken cancellationToken) =>
        ById.FindAsync(this, db, id, cancellationToken);
}
