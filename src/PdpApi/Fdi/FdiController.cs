using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Figures;

namespace PdpApi.Fdi;

/// <summary>Foreign direct investment: Table 17 and the investment-regime figures of Section 6.2.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/fdi")]
[Tags("Foreign direct investment")]
public sealed class FdiController(PdpDbContext db) : ControllerBase
{
    /// <summary>List FDI shares by sector</summary>
    /// <remarks>
    /// Table 17: the structure of FDI flows and stocks by sector (percent of the column's total), 1990-1995 to 2007,
    /// national series (PROINVERSION). Sectors nest: primary and non-primary add to the total, their sectors to them
    /// (parentSectorId); where the printed shares do not add up, the provenance note says so.
    /// </remarks>
    [HttpGet("sector-shares", Name = "listFdiSectorShares")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<FdiValueDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<FdiValueDto>>> ListSectorShares([FromQuery] FdiValueQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.ApplyShares(db.FdiValues, errors), FdiMapper.ProjectToDto, cancellationToken);

    /// <summary>List FDI totals</summary>
    /// <remarks>
    /// Table 17: total FDI flows and stocks in millions of dollars, their rate of growth and share of GDP, from the national
    /// series (PROINVERSION) and from UNCTAD (inward and outward FDI). The two series differ widely for flows; the paper
    /// does not explain why.
    /// </remarks>
    [HttpGet("totals", Name = "listFdiTotals")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<FdiValueDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<FdiValueDto>>> ListTotals([FromQuery] FdiValueQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.ApplyTotals(db.FdiValues, errors), FdiMapper.ProjectToDto, cancellationToken);

    /// <summary>List investment-regime figures</summary>
    /// <remarks>
    /// The figures the text quotes on the investment regime and FDI (Section 6.2 and footnote 6): legal stability
    /// agreements 2000-2006 and their value, agreements in force, investment treaties, FDI stock to GDP.
    /// </remarks>
    [HttpGet("figures", Name = "listFdiFigures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<QuotedFigureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<QuotedFigureDto>>> ListFigures([FromQuery] QuotedFigureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.QuotedFigures, "fdi", errors), QuotedFigureMapper.ProjectToDto, cancellationToken);
}
