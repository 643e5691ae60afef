using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.LegalEvents;

namespace PdpApi.Institutions;

/// <summary>The PDP institutions and programmes, their legal history and lineage.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/institutions")]
[Tags("Institutions")]
public sealed class InstitutionsController(PdpDbContext db) : ControllerBase
{
    private static readonly DetailQuery<Institution, string, InstitutionDto> ById = new((i, id) => i.Id == id, InstitutionMapper.ProjectToDto);

    /// <summary>List institutions</summary>
    /// <remarks>Agencies, programmes, funds, regimes and ministries in PDP roles, with Table 3's classification and the economic failures each addresses.</remarks>
    [HttpGet(Name = "listInstitutions")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<InstitutionDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<InstitutionDto>>> List([FromQuery] InstitutionQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.Institutions, errors), InstitutionMapper.ProjectToDto, cancellationToken);

    /// <summary>Get an institution</summary>
    /// <remarks>One PDP agency, programme, fund or ministry: its kind, description, objectives and services, Table 3's classification, the failures it addresses and its ministries over time. Its legal history, lineage and figures have endpoints of their own. 404 when no institution has this slug.</remarks>
    /// <param name="id">Slug, such as <c>promperu</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}", Name = "getInstitution")]
    [Produces("application/json")]
    [ProducesResponseType<InstitutionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<ActionResult<InstitutionDto>> Get(string id, CancellationToken cancellationToken) =>
        ById.FindAsync(this, db, id, cancellationToken);

    /// <summary>List an institution's legal events</summary>
    /// <remarks>Every dated act the paper names that affected this body, oldest first by default.</remarks>
    /// <param name="id">Slug, such as <c>promperu</c>.</param>
    /// <param name="query">Filters, paging, sorting and format, as for /api/v1/legal-events (its body filter is this institution).</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}/legal-events", Name = "listInstitutionLegalEvents")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<LegalEventDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<Page<LegalEventDto>>> ListLegalEvents(string id, [FromQuery] LegalEventQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Institutions.AnyAsync(i => i.Id == id, cancellationToken))
            return NotFound();
        return await this.PageAsync(query, LegalEventQuery.Sorting, errors => query.Apply(db.LegalEvents, errors, body: id), LegalEventMapper.ProjectToDto, e => e.Id, cancellationToken);
    }

    /// <summary>List an institution's figures</summary>
    /// <remarks>Its values in Tables 5, 6, 12 and 18: expenditure, staff, budget, perception and impact scores, beneficiaries; for COFIDE's programmes FIEX and SEPYMEX, the loan, rate and insurance terms Section 6.2 quotes.</remarks>
    /// <param name="id">Slug, such as <c>promperu</c>.</param>
    /// <param name="query">Filters, paging, sorting and format, as for /api/v1/institution-figures.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}/figures", Name = "listInstitutionFigures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<InstitutionFigureDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<Page<InstitutionFigureDto>>> ListFigures(string id, [FromQuery] InstitutionFigureQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Institutions.AnyAsync(i => i.Id == id, cancellationToken))
            return NotFound();
        return await this.PageAsync(query, errors => query.Apply(db.InstitutionFigures, errors, institution: id), InstitutionFigureMapper.ProjectToDto, cancellationToken);
    }

    /// <summary>Get an institution's lineage</summary>
    /// <remarks>Its predecessors, successors and parents: every body connected to it through the links the paper states, as nodes and edges.</remarks>
    /// <param name="id">Slug, such as <c>promperu</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{id}/lineage", Name = "getInstitutionLineage")]
    [Produces("application/json")]
    [ProducesResponseType<LineageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<LineageDto>> GetLineage(string id, CancellationToken cancellationToken)
    {
        if (!await db.Institutions.AnyAsync(i => i.Id == id, cancellationToken))
            return NotFound();
        var links = await db.InstitutionLinks.OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var component = Lineage.ConnectedTo(id, links);
        var nodes = await db.Institutions
            .Where(i => component.Contains(i.Id))
            .OrderBy(i => i.Id)
            .Select(i => new LineageNodeDto { Id = i.Id, Acronym = i.Acronym, Name = i.Name, Kind = i.Kind })
            .ToListAsync(cancellationToken);
        var edges = links
            .Where(l => component.Contains(l.FromId))
            .Select(l => new LineageEdgeDto
            {
                From = l.FromId,
                To = l.ToId,
                Relation = l.Relation,
                ChangeId = l.ChangeId,
                Year = l.Year,
                DateAsPrinted = l.DateAsPrinted,
                InstrumentAsPrinted = l.InstrumentAsPrinted,
                Reading = l.Reading,
                IsPublishedReading = l.IsPublishedReading,
                Provenance = ProvenanceMapping.ToDto(l.Provenance),
            })
            .ToList();
        return new LineageDto { RootId = id, Nodes = nodes, Edges = edges };
    }
}

/// <summary>Graph walks over the institution links.</summary>
public static class Lineage
{
    /// <summary>The ids reachable from <paramref name="root"/> following links in either direction, the root included.</summary>
    public static HashSet<string> ConnectedTo(string root, IEnumerable<InstitutionLink> links)
    {
        var neighbours = links
            .SelectMany(l => new[] { (l.FromId, l.ToId), (l.ToId, l.FromId) })
            .ToLookup(pair => pair.Item1, pair => pair.Item2);
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in neighbours[current])
            {
                if (seen.Add(next))
                    queue.Enqueue(next);
            }
        }
        return seen;
    }
}
