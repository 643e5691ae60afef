using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Clusters;

/// <summary>The industrial clusters of Table 19.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/clusters")]
[Tags("Clusters")]
public sealed class ClustersController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<Cluster, int, ClusterDto> ById = new((c, id) => c.Id == id, ClusterMapper.ProjectToDto);

    /// <summary>List clusters</summary>
    /// <remarks>The 30 clusters of Table 19, filtered by region, sector, id and free text. JSON or CSV.</remarks>
    [HttpGet(Name = "listClusters")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<ClusterDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<ClusterDto>>> List([FromQuery] ClusterQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.Clusters, errors), ClusterMapper.ProjectToDto, cancellationToken);

    /// <summary>Get a cluster</summary>
    /// <remarks>One cluster of Table 19: its activity and outputs, where it is (place as printed, locality, regions), its sector, the cluster programmes that worked with it and its provenance. 404 when no cluster has this id.</remarks>
    /// <param name="id">The cluster's ID# in Table 19.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}", Name = "getCluster")]
    [Produces("application/json")]
    [ProducesResponseType<ClusterDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<ClusterDto>> Get(int id, CancellationToken cancellationToken) =>
        ById.FindAsync(this, db, id, cancellationToken);
}
