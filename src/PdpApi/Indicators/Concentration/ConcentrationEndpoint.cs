using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.Concentration;

[Tags("Indicators")]
public sealed class ConcentrationEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute concentration</summary>
    /// <remarks>
    /// CR-k and the Herfindahl-Hirschman index (also normalised, and on the 0-10,000 scale) of a share distribution the
    /// API serves, over leaf categories only: FDI flows or stocks by sector (Table 17), NTBs by sector for each country
    /// (Table 9), export structure (Table A2), output structure (Table A3), GDP by sector (Table 1). Every result lists
    /// the categories used and those left out. Where the paper quotes the same ratio (FDI: three sectors' 72 percent of
    /// 1990-1995 flows, five sectors' 86 percent of the 2007 stock), the computed CR-k is set beside it.
    /// </remarks>
    /// <param name="query">The parameters, each described on its own.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(ConcentrationDescriptor.IndicatorId, Name = "computeConcentration")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<ConcentrationResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<ConcentrationResultDto>>> Compute([FromQuery] ConcentrationQuery query, CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(HttpContext);
        var (dataset, range, k) = query.Parse(errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        var inputs = await ConcentrationInputs.GatherAsync(db, dataset, range, cancellationToken);
        return new IndicatorResults<ConcentrationResultDto>
        {
            Indicator = ConcentrationDescriptor.IndicatorId,
            Notes = [dataset.Note, ConcentrationDescriptor.ComparisonNote],
            Results = inputs.Groups.Select(group => Describe(dataset, group, inputs.Quoted, k)).ToList(),
        };
    }

    private static ConcentrationResultDto Describe(ConcentrationDataset dataset, ShareGroup group, IReadOnlyList<QuotedConcentration> quoted, int k)
    {
        var used = group.Values.Where(v => v.Value is >= 0).ToList();
        var excluded = group.Values.Where(v => v.Value is null or < 0)
            .Select(v => v.Value is null ? $"{v.Id}: no value ({v.ValueAsPrinted ?? "blank"})" : $"{v.Id}: negative share {v.ValueAsPrinted} (net disinvestment) cannot enter a concentration index")
            .ToList();
        if (k > used.Count)
            throw new IndicatorInputException("k", $"{group.Period.Label}{(group.Group is null ? "" : " " + group.Group)} has {used.Count} categories; give k from 1 to {used.Count}.");
        var result = Domain.Concentration.Describe(used.Select(v => (v.Id, v.Value!.Value)).ToList(), k);
        var figure = quoted.FirstOrDefault(f => f.StartYear == group.Period.StartYear && f.EndYear == group.Period.EndYear && f.TopSectorsCount == k);
        var printedTopK = used.OrderByDescending(v => v.Value).Take(k).Sum(v => v.Value!.Value);
        return new ConcentrationResultDto
        {
            Dataset = dataset.Name,
            Period = group.Period,
            Group = group.Group,
            CategoriesUsed = used,
            Excluded = excluded,
            Result = result,
            Reported = figure is null ? null : Reproduction.Compare(Math.Round(printedTopK, 10), figure.Value, figure.Value?.ToString(CultureInfo.InvariantCulture)),
            ReportedAsPrinted = figure?.ValueAsPrinted,
        };
    }
}
