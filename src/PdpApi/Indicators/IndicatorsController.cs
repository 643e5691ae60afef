using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>The catalogue of computed indicators, and the two calculators that work on the caller's numbers.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/indicators")]
[Tags("Indicators")]
public sealed class IndicatorsController(PdpDbContext db) : ControllerBase
{
    /// <summary>List indicators</summary>
    /// <remarks>Every indicator the API computes: what it measures, its formula in words and symbols, its inputs, unit, source tables and URL.</remarks>
    [HttpGet(Name = "listIndicators")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<IndicatorDto>>(StatusCodes.Status200OK)]
    public ActionResult<Page<IndicatorDto>> List([FromQuery] IndicatorQuery query)
    {
        var errors = new QueryErrors();
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

    /// <summary>Compute an export drawback</summary>
    /// <remarks>
    /// Whether an export qualifies for the drawback in a year, each rule in force checked in order with its decree, the
    /// rule that decides, and the refund (rate times FOB value). Rules the paper states only "by 2007", and lists of
    /// excluded products it names without HS codes, are reported as not evaluated rather than guessed: qualifies means
    /// that no rule that could be checked fails, and unverifiedRuleIds lists the ones that could not (an excluded product,
    /// such as coffee, is not recognised without its code). A ceiling changed during a year applies to the whole year.
    /// </remarks>
    /// <param name="year">Year of the export (the rules cover 1995-2007).</param>
    /// <param name="fobExportValueUsd">FOB export value of the tariff line, US$ (more than 0).</param>
    /// <param name="cifImportedInputsUsd">CIF value of the imported inputs it incorporates, US$ (0 or more).</param>
    /// <param name="hsHeading">HS code of the exported product, 2 to 10 digits.</param>
    /// <param name="inputsUnderPreferentialRegime">Whether any input entered under a concessional, preferential or duty-free regime.</param>
    /// <param name="tariffHeadingExportsPreviousYearUsd">Exports of the product's tariff heading in the previous year, US$, for the 2007 ceiling; omit when unknown.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("drawback", Name = "computeDrawback")]
    [ExpensiveOperation]
    [Produces("application/json")]
    [ProducesResponseType<DrawbackResult>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DrawbackResult>> Drawback(
        [FromQuery, BindRequired] int year,
        [FromQuery, BindRequired] double fobExportValueUsd,
        [FromQuery, BindRequired] double cifImportedInputsUsd,
        [FromQuery, BindRequired] string hsHeading,
        [FromQuery, BindRequired] bool inputsUnderPreferentialRegime,
        [FromQuery] double? tariffHeadingExportsPreviousYearUsd,
        CancellationToken cancellationToken)
    {
        var rules = await db.IncentiveRules.AsNoTracking()
            .Where(r => r.Regime == "drawback")
            .OrderBy(r => r.Position)
            .Select(r => new { r.Id, r.Checks, r.Value, r.ValueUnit, r.ValidFromYear, r.ValidToYear, r.InForceAsOfYear, r.Instrument, r.InstrumentDateAsPrinted, r.Description })
            .ToListAsync(cancellationToken);
        var domainRules = rules
            .Select(r => new DrawbackRule(r.Id, r.Checks!.Value, r.Value, r.ValueUnit,
                r.ValidFromYear, r.ValidToYear, r.InForceAsOfYear, r.Instrument, r.InstrumentDateAsPrinted, r.Description))
            .ToList();
        return DrawbackCalculator.Calculate(domainRules, year, fobExportValueUsd, cifImportedInputsUsd, hsHeading,
            inputsUnderPreferentialRegime, tariffHeadingExportsPreviousYearUsd);
    }

    /// <summary>Compute a price-band duty</summary>
    /// <remarks>
    /// Section 4.1 (vi)-(vii): the last 60 monthly FOB prices are brought to current dollars with US CPI factors; the
    /// floor is their mean plus a share of their standard deviation; the specific duty is the margin factor times the
    /// amount by which the floor exceeds the reference price (none when it does not). Every step is in the working.
    /// Limits: at most 600 months, a body of at most 64 KB (413 beyond), prices up to 1E+9 and factors up to 1000;
    /// fields the schema does not list are refused.
    /// </remarks>
    [HttpPost("price-band", Name = "computePriceBand")]
    [RequestSizeLimit(PriceBandRequest.MaxBodyBytes)]
    [ExpensiveOperation]
    [Microsoft.AspNetCore.Cors.EnableCors(Browsers.CalculatorPolicy)]
    [Consumes("application/json")]
    [Produces("application/json")]
    [ProducesResponseType<PriceBandResult>(StatusCodes.Status200OK)]
    public ActionResult<PriceBandResult> PriceBand([FromBody] PriceBandRequest request) =>
        PriceBandCalculator.Calculate(request.MonthlyFobPrices, request.CpiFactors, request.StandardDeviationShare, request.MarginFactor, request.ReferencePrice);
}

/// <summary>The caller's numbers for the price-band calculator.</summary>
public sealed record PriceBandRequest
{
    /// <summary>The largest body the calculator reads: 600 months of two numbers each, with room to spare.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>International FOB prices, US$ per tonne, one per month, oldest first; 60 to 600 (the last 60 are used).</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(PriceBandCalculator.MaxMonths, ErrorMessage = "Give at most {1} values.")]
    public required IReadOnlyList<double> MonthlyFobPrices { get; init; }
    /// <summary>US CPI factors, one per price, each bringing that month's price to current terms (current CPI / that month's CPI).</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(PriceBandCalculator.MaxMonths, ErrorMessage = "Give at most {1} values.")]
    public required IReadOnlyList<double> CpiFactors { get; init; }
    /// <summary>k, the share of the standard deviation added to the mean (0 or more).</summary>
    public required double StandardDeviationShare { get; init; }
    /// <summary>The multiplier of the floor-minus-reference difference (1 or more; a 10 percent margin is 1.1).</summary>
    public required double MarginFactor { get; init; }
    /// <summary>The reference (FOB import) price, US$ per tonne (more than 0).</summary>
    public required double ReferencePrice { get; init; }
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
        var tables = QueryGrammar.List(SourceTable, "sourceTable", errors);
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
