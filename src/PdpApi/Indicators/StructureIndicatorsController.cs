using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>Indicators of structure and growth: concentration, growth accounting, series transformations.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/indicators")]
[Tags("Indicators")]
public sealed class StructureIndicatorsController(PdpDbContext db) : ControllerBase
{
    internal static readonly string[] Datasets = ["fdi-flows", "fdi-stocks", "ntb-shares", "export-structure", "output-structure", "gdp-structure"];

    /// <summary>The leaf categories of the series-based datasets: the tables print subtotals beside their parts.</summary>
    private static readonly Dictionary<string, (string[] Series, string[] Leaves, string Note)> SeriesDatasets = new(StringComparer.Ordinal)
    {
        ["export-structure"] = (["ta2-sector-export-share"],
            ["mining", "agriculture", "fishing", "petroleum-and-derivatives", "food-beverage", "chemicals", "metal-mechanic", "textiles-and-apparel"],
            "Table A2's sector export shares; its four manufacturing branches are not all of manufactures, so the categories used cover less than 100 (inputTotal) and shares are normalised to them."),
        ["output-structure"] = (["ta3-sector-output-share-of-tgv", "ta3-sector-output-share-of-gdp"],
            ["mining", "agriculture", "fishing", "manufactures"],
            "Table A3's output shares of the primary sectors and manufactures (of gross output value to 2000, of GDP from 2001, footnote 4); the rest of the economy is not printed, so shares are normalised to the printed sectors (inputTotal)."),
        ["gdp-structure"] = (["t1-real-gdp-shares"],
            ["agriculture", "mining", "fishing", "manufacturing", "construction", "others"],
            "Table 1's six sectors (not its export/non-export or primary/non-primary splits, which overlap them); after 1990 they cover 81-90 percent of GDP as printed (inputTotal)."),
    };

    /// <summary>Compute concentration</summary>
    /// <remarks>
    /// CR-k and the Herfindahl-Hirschman index (also normalised, and on the 0-10,000 scale) of a share distribution the
    /// API serves, over leaf categories only: FDI flows or stocks by sector (Table 17), NTBs by sector for each country
    /// (Table 9), export structure (Table A2), output structure (Table A3), GDP by sector (Table 1). Every result lists
    /// the categories used and those left out. Where the paper quotes the same ratio (FDI: three sectors' 72 percent of
    /// 1990-1995 flows, five sectors' 86 percent of the 2007 stock), the computed CR-k is set beside it.
    /// </remarks>
    /// <param name="dataset">fdi-flows, fdi-stocks, ntb-shares, export-structure, output-structure or gdp-structure.</param>
    /// <param name="period">A year or span: the periods that overlap it; all when omitted.</param>
    /// <param name="k">How many of the largest categories CR-k adds (default 4; at most the number of categories).</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("concentration", Name = "computeConcentration")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<ConcentrationResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<ConcentrationResultDto>>> Concentration(
        [FromQuery, BindRequired] string dataset, [FromQuery] string? period, [FromQuery] int? k, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var chosen = QueryGrammar.ListOf(dataset, Datasets, "dataset", errors);
        var range = QueryGrammar.PeriodRange(period, "period", errors);
        if (chosen.Count > 1)
            errors.Add("dataset", "give one dataset.");
        if (k is < 1)
            errors.Add("k", "k is a whole number of categories, 1 or more.");
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        var name = chosen[0];
        var groups = name switch
        {
            "fdi-flows" or "fdi-stocks" => await FdiGroupsAsync(name == "fdi-flows" ? FlowOrStock.Flow : FlowOrStock.Stock, range, cancellationToken),
            "ntb-shares" => await NtbGroupsAsync(range, cancellationToken),
            _ => await SeriesGroupsAsync(name, range, cancellationToken),
        };
        var quoted = name.StartsWith("fdi", StringComparison.Ordinal)
            ? await db.QuotedFigures.AsNoTracking().Where(f => f.Topic == "fdi" && f.Unit.StartsWith("percent-of-fdi")).ToListAsync(cancellationToken)
            : [];

        var results = new List<ConcentrationResultDto>();
        foreach (var group in groups)
        {
            var used = group.Values.Where(v => v.Value is >= 0).ToList();
            var excluded = group.Values.Where(v => v.Value is null or < 0)
                .Select(v => v.Value is null ? $"{v.Id}: no value ({v.ValueAsPrinted ?? "blank"})" : $"{v.Id}: negative share {v.ValueAsPrinted} (net disinvestment) cannot enter a concentration index")
                .ToList();
            var categories = k ?? 4;
            if (categories > used.Count)
                throw new IndicatorInputException("k", $"{group.Period.Label}{(group.Group is null ? "" : " " + group.Group)} has {used.Count} categories; give k from 1 to {used.Count}.");
            var result = Domain.Concentration.Describe(used.Select(v => (v.Id, v.Value!.Value)).ToList(), categories);
            var figure = quoted.FirstOrDefault(f => f.StartYear == group.Period.StartYear && f.EndYear == group.Period.EndYear
                && f.Unit == (name == "fdi-flows" ? "percent-of-fdi-flows" : "percent-of-fdi-stock") && QuotedCount(f.Id) == categories);
            var printedTopK = used.OrderByDescending(v => v.Value).Take(categories).Sum(v => v.Value!.Value);
            results.Add(new ConcentrationResultDto
            {
                Dataset = name,
                Period = group.Period,
                Group = group.Group,
                CategoriesUsed = used,
                Excluded = excluded,
                Result = result,
                Reported = figure is null ? null : Reproduction.Compare(Math.Round(printedTopK, 10), figure.Value, figure.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ReportedAsPrinted = figure?.ValueAsPrinted,
            });
        }
        return new IndicatorResults<ConcentrationResultDto>
        {
            Indicator = "concentration",
            Notes = [DatasetNote(name), "CR-k and HHI use shares of the categories used (value / inputTotal); a comparison with a quoted figure uses the printed shares of the k largest, unnormalised, as the text adds them."],
            Results = results,
        };
    }

    private static int QuotedCount(string id) => id.Contains("three-sectors", StringComparison.Ordinal) ? 3 : id.Contains("five-sectors", StringComparison.Ordinal) ? 5 : -1;

    private static string DatasetNote(string name) => name switch
    {
        "fdi-flows" or "fdi-stocks" => "Table 17's ten sectors (primary and non-primary are their subtotals). Negative flow shares (telecommunications 2001-2005 and 2006) are left out; some columns do not add to 100 as printed (seed/notes/fdi.md).",
        "ntb-shares" => "Table 9: each country's NTBs by sector (agriculture and food; mining, petroleum and gas; manufactures; rest), 2002.",
        _ => SeriesDatasets[name].Note,
    };

    private sealed record ShareGroup(PeriodDto Period, string? Group, List<IndicatorInputDto> Values);

    private async Task<List<ShareGroup>> FdiGroupsAsync(FlowOrStock flowOrStock, IntRange? range, CancellationToken cancellationToken)
    {
        var values = await db.FdiValues.AsNoTracking()
            .Where(v => v.Measure == FdiMeasure.SharePercent && v.FlowOrStock == flowOrStock)
            .WhereOverlaps(range, v => v.Period.StartYear, v => v.Period.EndYear)
            .OrderBy(v => v.Period.StartYear).ThenBy(v => v.SectorPosition)
            .ToListAsync(cancellationToken);
        var parents = values.Select(v => v.ParentSectorId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return values.Where(v => v.ParentSectorId is not null && !parents.Contains(v.SectorId))
            .GroupBy(v => v.Period.Label)
            .Select(g => new ShareGroup(
                PeriodDto.Of(g.First().Period),
                System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(flowOrStock.ToString()),
                g.Select(v => new IndicatorInputDto { Id = v.SectorId, Value = v.Value, ValueAsPrinted = v.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(v.Provenance) }).ToList()))
            .ToList();
    }

    private async Task<List<ShareGroup>> NtbGroupsAsync(IntRange? range, CancellationToken cancellationToken)
    {
        var countries = await db.NtbCountries.AsNoTracking()
            .WhereOverlaps(range, c => c.Period.StartYear, c => c.Period.EndYear)
            .OrderBy(c => c.Position).ToListAsync(cancellationToken);
        return countries.Select(c =>
        {
            var provenance = ProvenanceMapping.ToDto(c.Provenance);
            return new ShareGroup(PeriodDto.Of(c.Period), c.Id,
            [
                new IndicatorInputDto { Id = "agriculture-and-food", Value = c.AgricultureFoodSharePercent, ValueAsPrinted = null, Provenance = provenance },
                new IndicatorInputDto { Id = "mining-petroleum-and-gas", Value = c.MiningPetroleumGasSharePercent, ValueAsPrinted = null, Provenance = provenance },
                new IndicatorInputDto { Id = "manufactures", Value = c.ManufactureSharePercent, ValueAsPrinted = null, Provenance = provenance },
                new IndicatorInputDto { Id = "rest", Value = c.RestSharePercent, ValueAsPrinted = null, Provenance = provenance },
            ]);
        }).ToList();
    }

    private async Task<List<ShareGroup>> SeriesGroupsAsync(string name, IntRange? range, CancellationToken cancellationToken)
    {
        var (series, leaves, _) = SeriesDatasets[name];
        var observations = await db.SeriesObservations.AsNoTracking()
            .Where(o => series.Contains(o.SeriesCode) && o.DimensionId != null && leaves.Contains(o.DimensionId))
            .WhereOverlaps(range, o => o.Period.StartYear, o => o.Period.EndYear)
            .OrderBy(o => o.Period.StartYear).ThenBy(o => o.DimensionPosition)
            .ToListAsync(cancellationToken);
        return observations.GroupBy(o => o.Period.Label)
            .Select(g => new ShareGroup(
                PeriodDto.Of(g.First().Period),
                null,
                g.Select(o => new IndicatorInputDto { Id = o.DimensionId!, Value = o.Value, ValueAsPrinted = o.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(o.Provenance) }).ToList()))
            .ToList();
    }

    /// <summary>Compute the TFP residual</summary>
    /// <remarks>
    /// For each period of Table 1's sources of growth: GDP growth minus the contributions of labour and capital, beside
    /// the TFP the table prints. The terms-of-trade row is not a contribution (subtracting it reproduces no period).
    /// 2002-2004 does not reproduce: 4.7 - 1.1 - 2.6 = 1.0 against a printed 0.0.
    /// </remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("growth-accounting", Name = "computeGrowthAccounting")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<GrowthAccountingResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<GrowthAccountingResultDto>>> GrowthAccounting(CancellationToken cancellationToken)
    {
        var observations = await db.SeriesObservations.AsNoTracking()
            .Where(o => o.SeriesCode == "t1-growth-accounting-contributions" || o.SeriesCode == "t1-gdp-growth-sources-of-growth")
            .ToListAsync(cancellationToken);
        var results = observations.Where(o => o.SeriesCode == "t1-gdp-growth-sources-of-growth" && o.Value is not null)
            .OrderBy(o => o.Id)
            .Select(growth =>
            {
                SeriesObservation Part(string id) => observations.Single(o => o.SeriesCode == "t1-growth-accounting-contributions" && o.Period.Label == growth.Period.Label && o.DimensionId == id);
                var tfp = Part("tfp");
                var residual = Domain.GrowthAccounting.Residual(growth.Value!.Value,
                    [new FactorContribution("labor", Part("labor").Value!.Value), new FactorContribution("capital", Part("capital").Value!.Value)]);
                return new GrowthAccountingResultDto
                {
                    Period = PeriodDto.Of(growth.Period),
                    Residual = residual,
                    Inputs = new[] { ("gdp-growth", growth), ("labor", Part("labor")), ("capital", Part("capital")), ("tfp-printed", tfp) }
                        .Select(x => new IndicatorInputDto { Id = x.Item1, Value = x.Item2.Value, ValueAsPrinted = x.Item2.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(x.Item2.Provenance) })
                        .ToList(),
                    // Three inputs printed to one decimal can each be 0.05 off.
                    Tfp = Reproduction.Compare(Math.Round(residual.TfpGrowthPercent, 10), tfp.Value, tfp.ValueAsPrinted, inputTolerance: 0.15),
                };
            }).ToList();
        return new IndicatorResults<GrowthAccountingResultDto>
        {
            Indicator = "growth-accounting",
            Notes = ["Table 1, part III: contributions in percentage points of GDP growth; the tolerance allows for the rounding of the printed TFP and of GDP growth, labour and capital (0.05 each)."],
            Results = results,
        };
    }

    /// <summary>Transform a series</summary>
    /// <remarks>
    /// For any stored series: change and percent change from one period to the next, compound annual growth between two
    /// periods (years between the periods' midpoints), or each dimension value's share of the total in one period.
    /// Nulls stay null with their reason, never 0.
    /// </remarks>
    /// <param name="series">The series code.</param>
    /// <param name="transformation">change, percent-change, cagr or share.</param>
    /// <param name="dimension">The dimension value (required for change, percent-change and cagr on a series with a dimension).</param>
    /// <param name="from">cagr: the first period (as labelled, 1991-1995).</param>
    /// <param name="to">cagr: the last period.</param>
    /// <param name="period">share: the period whose values are shared out.</param>
    /// <param name="total">share: the total to divide by; default the series' total row, else the sum of the values.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("series-transformations", Name = "transformSeries")]
    [Produces("application/json")]
    [ProducesResponseType<SeriesTransformationDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<SeriesTransformationDto>> SeriesTransformations(
        [FromQuery, BindRequired] string series, [FromQuery, BindRequired] string transformation, [FromQuery] string? dimension,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? period, [FromQuery] double? total, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var kind = QueryGrammar.ListOf(transformation, ["change", "percent-change", "cagr", "share"], "transformation", errors);
        if (kind.Count > 1)
            errors.Add("transformation", "give one transformation: change, percent-change, cagr or share.");
        var stored = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Code == series, cancellationToken);
        if (stored is null)
            errors.Add("series", $"'{series}' is not a series code (see /api/v1/series).");
        if (errors.Any || stored is null)
            return Problems.InvalidParameters(errors.ToDictionary());
        var observations = await db.SeriesObservations.AsNoTracking().Where(o => o.SeriesCode == series)
            .OrderBy(o => o.Period.StartYear).ThenBy(o => o.Period.EndYear).ThenBy(o => o.DimensionPosition).ToListAsync(cancellationToken);
        var dimensions = observations.Select(o => o.DimensionId).OfType<string>().Distinct().ToList();
        var result = new SeriesTransformationDto
        {
            Series = series, Unit = EnumText.Name(stored.Unit), Dimension = null, Transformation = kind[0],
            Changes = null, CompoundGrowth = null, Shares = null, TotalBasis = null,
        };

        if (kind[0] == "share")
        {
            var inPeriod = observations.Where(o => o.Period.Label == period).ToList();
            if (period is null || inPeriod.Count == 0)
                return Invalid("period", $"give a period of the series: {string.Join(", ", observations.Select(o => o.Period.Label).Distinct())}.");
            if (inPeriod.All(o => o.Value is null))
                return Invalid("period", $"every value of {period} is missing ({string.Join(", ", inPeriod.Select(o => o.ValueAsPrinted ?? "blank").Distinct())}); there is nothing to share out.");
            // The total is the row the others hang from: "total" in most tables, "gdp" in Table 1.
            var roots = inPeriod.Where(o => o.DimensionId is not null && o.DimensionParentId is null).ToList();
            var totalRow = inPeriod.FirstOrDefault(o => o.DimensionId == "total")
                ?? (roots.Count == 1 && inPeriod.Any(o => o.DimensionParentId == roots[0].DimensionId) ? roots[0] : null);
            var parts = inPeriod.Where(o => o != totalRow).ToList();
            var (sum, basis) = total is not null ? (total.Value, "the total given")
                : totalRow?.Value is not null ? (totalRow.Value.Value, $"the series' total row ({totalRow.DimensionId})")
                : (parts.Sum(o => o.Value ?? 0), "the sum of the values shown (subtotals included, if the series prints them)");
            var shares = Domain.SeriesTransformations.SharesOfTotal(parts.Select(Point).ToList(), sum);
            return result with
            {
                Shares = parts.Select((o, i) => new DimensionShareDto { DimensionId = o.DimensionId ?? "value", Share = shares[i] }).ToList(),
                TotalBasis = basis,
            };
        }

        if (dimensions.Count > 0 && (dimension is null || !dimensions.Contains(dimension)))
            return Invalid("dimension", $"series '{series}' varies by {stored.Dimension}: give one of {string.Join(", ", dimensions)}.");
        var line = observations.Where(o => o.DimensionId == (dimensions.Count > 0 ? dimension : null)).Select(Point).ToList();
        if (kind[0] == "cagr")
        {
            var earlier = line.FirstOrDefault(p => p.PeriodLabel == from);
            var later = line.FirstOrDefault(p => p.PeriodLabel == to);
            var labels = string.Join(", ", line.Select(p => p.PeriodLabel));
            if (earlier is null)
                return Invalid("from", $"give a period of the series: {labels}.");
            if (later is null)
                return Invalid("to", $"give a period of the series: {labels}.");
            if (later.StartYear + later.EndYear <= earlier.StartYear + earlier.EndYear)
                return Invalid("to", $"give a period after {earlier.PeriodLabel}.");
            return result with { Dimension = dimension, CompoundGrowth = Domain.SeriesTransformations.CompoundAnnualGrowth(earlier, later) };
        }
        return result with { Dimension = dimension, Changes = Domain.SeriesTransformations.Changes(line) };
    }

    private static SeriesPoint Point(SeriesObservation o) => new(o.Period.Label, o.Period.StartYear, o.Period.EndYear, o.Value);

    private static BadRequestObjectResult Invalid(string parameter, string message) =>
        Problems.InvalidParameters(new Dictionary<string, string[]> { [parameter] = [message] });
}
