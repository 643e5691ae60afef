using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.ClusterPrograms;

/// <summary>The cluster programmes of Section 7 and Table 20's goal achievement, linked to the clusters of Table 19.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/cluster-programs")]
[Tags("Cluster programmes")]
public sealed class ClusterProgramsController(PdpDbContext db) : ControllerBase
{
    /// <summary>List cluster programmes</summary>
    /// <remarks>
    /// The programmes of Section 7: the IDB business-networks project in Gamarra and Cusco, the CITEs, the Cluster
    /// Promotion Program, Gamarra exporta, APOMIPE, PROIND-Trujillo, the Villa El Salvador industrial park and the Gamarra
    /// export consortia. Filter by cluster to get a cluster's programmes.
    /// </remarks>
    [HttpGet(Name = "listClusterPrograms")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<ClusterProgramDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<ClusterProgramDto>>> List([FromQuery] ClusterProgramQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.ClusterPrograms, errors), ClusterProgramMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a cluster programme</summary>
    /// <remarks>The programme with every figure the text gives for it and, for the business-networks project, Table 20's goals.</remarks>
    /// <param name="id">Slug, such as <c>development-of-business-networks</c> or <c>cite-program</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}", Name = "getClusterProgram")]
    [Produces("application/json")]
    [ProducesResponseType<ClusterProgramDetailDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ClusterProgramDetailDto>> Get(string id, CancellationToken cancellationToken)
    {
        var program = await db.ClusterPrograms.Where(p => p.Id == id).ProjectToDto().SingleOrDefaultAsync(cancellationToken);
        if (program is null)
            return NotFound();
        return new ClusterProgramDetailDto
        {
            Program = program,
            Figures = await db.ClusterProgramFigures.Where(f => f.ProgramId == id).OrderBy(f => f.Position).ProjectToDto().ToListAsync(cancellationToken),
            Goals = await db.ClusterProgramGoals.Where(g => g.ProgramId == id).OrderBy(g => g.Position).ProjectToDto().ToListAsync(cancellationToken),
        };
    }

    /// <summary>List a programme's figures</summary>
    /// <remarks>Amounts, counts and dated events the text gives for the programme, one per item. JSON or CSV.</remarks>
    /// <param name="id">The programme's slug.</param>
    /// <param name="query">Paging, sorting and format.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}/figures", Name = "listClusterProgramFigures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<ClusterProgramFigureDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<Page<ClusterProgramFigureDto>>> ListFigures(string id, [FromQuery] ClusterProgramFigureQuery query, CancellationToken cancellationToken)
    {
        if (!await db.ClusterPrograms.AnyAsync(p => p.Id == id, cancellationToken))
            return NotFound();
        return await this.PageAsync(query, errors => query.Apply(db.ClusterProgramFigures.Where(f => f.ProgramId == id), errors), ClusterProgramMapper.ProjectToDto, cancellationToken);
    }

    /// <summary>List a programme's goals</summary>
    /// <remarks>
    /// Table 20, "Goal Achievement Indicators (Cusco and Gamarra)": each goal of the business-networks project, its
    /// target, the total achieved and the achievement as printed. The achievement column is not one formula (see flags).
    /// Other programmes have no goals (an empty page).
    /// </remarks>
    /// <param name="id">The programme's slug (<c>development-of-business-networks</c>).</param>
    /// <param name="query">Paging, sorting and format.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}/goals", Name = "listClusterProgramGoals")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<ClusterProgramGoalDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<Page<ClusterProgramGoalDto>>> ListGoals(string id, [FromQuery] ClusterProgramGoalQuery query, CancellationToken cancellationToken)
    {
        if (!await db.ClusterPrograms.AnyAsync(p => p.Id == id, cancellationToken))
            return NotFound();
        return await this.PageAsync(query, errors => query.Apply(db.ClusterProgramGoals.Where(g => g.ProgramId == id), errors), ClusterProgramMapper.ProjectToDto, cancellationToken);
    }
}
