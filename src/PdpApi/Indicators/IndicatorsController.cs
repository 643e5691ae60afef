using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;

namespace PdpApi.Indicators;

/// <summary>The catalogue of computed indicators; each indicator's own endpoint is in its folder.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/indicators")]
[Tags("Indicators")]
public sealed class IndicatorsController : ControllerBase
{
    /// <summary>List indicators</summary>
    /// <remarks>Every indicator the API computes: what it measures, its formula in words and symbols, its inputs, unit, source tables and URL.</remarks>
    [HttpGet(Name = "listIndicators")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<IndicatorDto>>(StatusCodes.Status200OK)]
    public ActionResult<Page<IndicatorDto>> List([FromQuery] IndicatorQuery query)
    {
        var errors = QueryErrors.Of(HttpContext);
        var items = query.Apply(IndicatorCatalogue.All, errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        var page = new Page<IndicatorDto>
        {
            Items = items.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(),
            PageNumber = query.Page,
            PageSize = query.PageSize,
            TotalCount = items.Count,
        };
        Response.Headers.Link = Paging.LinkHeader(Request, page.PageNumber, page.TotalPages);
        return page;
    }
}

/// <summary>Filters of the indicator catalogue, besides paging and format.</summary>
public sealed class IndicatorQuery : ListQuery, ISortableQuery
{
    public static IReadOnlyList<string> SortFieldNames => ["position", "id"];

    /// <summary>Source table id (<c>table-8</c>): the indicators computed from it.</summary>
    [FromQuery(Name = "sourceTable")]
    public string? SourceTable { get; init; }

    internal List<IndicatorDto> Apply(IReadOnlyList<IndicatorDto> all, QueryErrors errors)
    {
        IEnumerable<IndicatorDto> items = all;
        var tables = QueryGrammar.Slugs(SourceTable, "sourceTable", errors);
        if (tables.Count > 0)
            items = items.Where(i => i.SourceTables.Any(tables.Contains));
        items = Sort switch
        {
            null or "position" => items,
            "-position" => items.Reverse(),
            "id" => items.OrderBy(i => i.Id, StringComparer.Ordinal),
            "-id" => items.OrderByDescending(i => i.Id, StringComparer.Ordinal),
            _ => Invalid(errors),
        };
        return items.ToList();
    }

    private static IEnumerable<IndicatorDto> Invalid(QueryErrors errors)
    {
        errors.Add("sort", "use one of: position, id (prefix '-' for descending).");
        return [];
    }
}
