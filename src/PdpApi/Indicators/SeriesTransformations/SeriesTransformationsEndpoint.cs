using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.SeriesTransformations;

[Tags("Indicators")]
public sealed class SeriesTransformationsEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Transform a series</summary>
    /// <remarks>
    /// For any stored series: change and percent change from one period to the next, compound annual growth between two
    /// periods (years between the periods' midpoints), or each dimension value's share of the total in one period.
    /// Nulls stay null with their reason, never 0.
    /// </remarks>
    /// <param name="query">The parameters, each described on its own.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(SeriesTransformationsDescriptor.IndicatorId, Name = "transformSeries")]
    [Produces("application/json")]
    [ProducesResponseType<SeriesTransformationDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<SeriesTransformationDto>> Compute([FromQuery] SeriesTransformationsQuery query, CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(HttpContext);
        var kind = query.ParseTransformation(errors);
        var gathered = await SeriesTransformationsInputs.GatherAsync(db, query.Series, cancellationToken);
        if (gathered is null)
            errors.Add("series", $"'{query.Series}' is not a series code (see /api/v1/series).");
        if (errors.Any || gathered is null)
            return Problems.InvalidParameters(errors.ToDictionary());
        var (stored, observations) = (gathered.Series, gathered.Observations);
        var dimensions = observations.Select(o => o.DimensionId).OfType<string>().Distinct().ToList();
        var result = new SeriesTransformationDto
        {
            Series = query.Series, Unit = EnumText.Name(stored.Unit), Dimension = null, Transformation = kind,
            Changes = null, CompoundGrowth = null, Shares = null, TotalBasis = null,
        };

        if (kind == "share")
        {
            var inPeriod = observations.Where(o => o.Period.Label == query.Period).ToList();
            if (query.Period is null || inPeriod.Count == 0)
                return Invalid("period", $"give a period of the series: {string.Join(", ", observations.Select(o => o.Period.Label).Distinct())}.");
            if (inPeriod.All(o => o.Value is null))
                return Invalid("period", $"every value of {query.Period} is missing ({string.Join(", ", inPeriod.Select(o => o.ValueAsPrinted ?? "blank").Distinct())}); there is nothing to share out.");
            // The total is the row the others hang from: "total" in most tables, "gdp" in Table 1.
            var roots = inPeriod.Where(o => o.DimensionId is not null && o.DimensionParentId is null).ToList();
            var totalRow = inPeriod.FirstOrDefault(o => o.DimensionId == "total")
                ?? (roots.Count == 1 && inPeriod.Any(o => o.DimensionParentId == roots[0].DimensionId) ? roots[0] : null);
            var parts = inPeriod.Where(o => o != totalRow).ToList();
            var (sum, basis) = query.Total is not null ? (query.Total.Value, "the total given")
                : totalRow?.Value is not null ? (totalRow.Value.Value, $"the series' total row ({totalRow.DimensionId})")
                : (parts.Sum(o => o.Value ?? 0), "the sum of the values shown (subtotals included, if the series prints them)");
            var shares = Domain.SeriesTransformations.SharesOfTotal(parts.Select(Point).ToList(), sum);
            return result with
            {
                Shares = parts.Select((o, i) => new DimensionShareDto { DimensionId = o.DimensionId ?? "value", Share = shares[i] }).ToList(),
                TotalBasis = basis,
            };
        }

        if (dimensions.Count > 0 && (query.Dimension is null || !dimensions.Contains(query.Dimension)))
            return Invalid("dimension", $"series '{query.Series}' varies by {stored.Dimension}: give one of {string.Join(", ", dimensions)}.");
        var line = observations.Where(o => o.DimensionId == (dimensions.Count > 0 ? query.Dimension : null)).Select(Point).ToList();
        if (kind == "cagr")
        {
            var earlier = line.FirstOrDefault(p => p.PeriodLabel == query.From);
            var later = line.FirstOrDefault(p => p.PeriodLabel == query.To);
            var labels = string.Join(", ", line.Select(p => p.PeriodLabel));
            if (earlier is null)
                return Invalid("from", $"give a period of the series: {labels}.");
            if (later is null)
                return Invalid("to", $"give a period of the series: {labels}.");
            if (later.StartYear + later.EndYear <= earlier.StartYear + earlier.EndYear)
                return Invalid("to", $"give a period after {earlier.PeriodLabel}.");
            return result with { Dimension = query.Dimension, CompoundGrowth = Domain.SeriesTransformations.CompoundAnnualGrowth(earlier, later) };
        }
        return result with { Dimension = query.Dimension, Changes = Domain.SeriesTransformations.Changes(line) };
    }


    private static SeriesPoint Point(SeriesObservation o) => new(o.Period.Label, o.Period.StartYear, o.Period.EndYear, o.Value);

    private static BadRequestObjectResult Invalid(string parameter, string message) =>
        Problems.InvalidParameters(new Dictionary<string, string[]> { [parameter] = [message] });
}
