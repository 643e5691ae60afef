using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Series;

/// <summary>
/// The paper's statistical tables as series, the way statistical agencies publish them: a series has a code, a unit, a
/// period convention and a source; an observation has a period, an optional dimension value and a value or a null with its reason.
/// </summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/series")]
[Tags("Statistical series")]
public sealed class SeriesController(PdpDbContext db) : ControllerBase
{
    /// <summary>List series</summary>
    /// <remarks>
    /// Tables 1, 2, 4, 15, 16 and A2-A5 as series, and the figures the text quotes with a unit and a date
    /// (codes starting <c>text-</c>). Filter by sourceTable to get one table's series.
    /// </remarks>
    [HttpGet(Name = "listSeries")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<SeriesDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<SeriesDto>>> List([FromQuery] SeriesQuery query, CancellationToken cancellationToken)
    {
        var sourceIds = await SourceIdsAsync(cancellationToken);
        return await this.PageAsync(query, errors => query.Apply(db.Series, sourceIds, errors), SeriesMapper.ProjectToDto, cancellationToken);
    }

    /// <summary>List observations across series</summary>
    /// <remarks>
    /// Every observation of the series chosen by sourceTable (a whole table in one call: <c>?sourceTable=table-2</c>) or by
    /// series codes, filterable by period and dimension value. Each row carries its series code and unit.
    /// </remarks>
    [HttpGet("observations", Name = "listObservations")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<ObservationDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ObservationDto>>> ListAllObservations([FromQuery] ObservationQuery query, CancellationToken cancellationToken)
    {
        var sourceIds = await SourceIdsAsync(cancellationToken);
        return await this.PageAsync(query, ObservationQuery.Sorting, errors => query.Apply(db.SeriesObservations, sourceIds, errors), SeriesMapper.ProjectToDto, o => o.Id, cancellationToken);
    }

    /// <summary>Get a series</summary>
    /// <remarks>The series with the periods and dimension values of its observations (with the subtotal each value is part of).</remarks>
    /// <param name="code">The series code, such as <c>t1-real-output-growth</c>.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{code}", Name = "getSeries")]
    [Produces("application/json")]
    [ProducesResponseType<SeriesDetailDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<SeriesDetailDto>> Get(string code, CancellationToken cancellationToken)
    {
        var series = await db.Series.Where(s => s.Code == code).ProjectToDto().SingleOrDefaultAsync(cancellationToken);
        if (series is null)
            return NotFound();
        var observations = await db.SeriesObservations.Where(o => o.SeriesCode == code)
            .Select(o => new { o.Period.Label, o.Period.StartYear, o.Period.EndYear, o.DimensionId, o.DimensionAsPrinted, o.DimensionParentId, o.DimensionPosition })
            .ToListAsync(cancellationToken);
        var parents = observations.Select(o => o.DimensionParentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new SeriesDetailDto
        {
            Series = series,
            Periods = observations
                .DistinctBy(o => o.Label)
                .OrderBy(o => o.StartYear).ThenBy(o => o.EndYear)
                .Select(o => new PeriodDto { Label = o.Label, StartYear = o.StartYear, EndYear = o.EndYear })
                .ToList(),
            DimensionValues = observations
                .Where(o => o.DimensionId is not null)
                .DistinctBy(o => o.DimensionId)
                .OrderBy(o => o.DimensionPosition)
                .Select(o => new DimensionValueDto
                {
                    Id = o.DimensionId!,
                    AsPrinted = o.DimensionAsPrinted!,
                    ParentId = o.DimensionParentId,
                    Position = o.DimensionPosition ?? 0,
                    IsLeaf = !parents.Contains(o.DimensionId!),
                })
                .ToList(),
            ObservationsUrl = Url.RouteUrl("listSeriesObservations", new { code, version = "1" }) ?? $"/api/v1/series/{code}/observations",
        };
    }

    /// <summary>List a series' observations</summary>
    /// <remarks>The observations of one series, filterable by period (a year returns the spans that contain it) and dimension value. JSON or CSV.</remarks>
    /// <param name="code">The series code.</param>
    /// <param name="query">Filters, paging, sorting and format.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("{code}/observations", Name = "listSeriesObservations")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<ObservationDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<Page<ObservationDto>>> ListObservations(string code, [FromQuery] ObservationQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Series.AnyAsync(s => s.Code == code, cancellationToken))
            return NotFound();
        return await this.PageAsync(query, ObservationQuery.Sorting, errors => query.Apply(db.SeriesObservations.Where(o => o.SeriesCode == code), null, errors), SeriesMapper.ProjectToDto, o => o.Id, cancellationToken);
    }

    private async Task<List<string>> SourceIdsAsync(CancellationToken cancellationToken) =>
        await db.Sources.OrderBy(s => s.Position).Select(s => s.Id).ToListAsync(cancellationToken);
}
