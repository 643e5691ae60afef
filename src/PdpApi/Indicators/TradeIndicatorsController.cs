using System.Globalization;
using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>Indicators of trade policy: tariff structure, effective protection, protection and growth, preference margins.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/indicators")]
[Tags("Indicators")]
public sealed class TradeIndicatorsController(PdpDbContext db) : ControllerBase
{
    /// <summary>The rate that stands for each Table A7 band unless the caller gives others: the band's midpoint, and for
    /// "over 20" the highest duty rate Section 4.1 names (25 percent, 20 plus the 5 percent additional duty).</summary>
    private static readonly double[] DefaultBandRates = [0, 2.5, 7.5, 12.5, 17.5, 25];

    /// <summary>Compute the tariff structure</summary>
    /// <remarks>
    /// Mean, standard deviation, coefficient of variation and peak share of the tariff distribution for every Table 7
    /// schedule (lines by rate) and every Table A7 year (all goods, share of lines by band), beside the averages and
    /// deviations Tables 7 and A6 print, with the difference and whether rounding explains it.
    /// </remarks>
    /// <param name="bandRates">The rate standing for each Table A7 band, in the order 0, 0-5, 5-10, 10-15, 15-20, over 20 (default 0,2.5,7.5,12.5,17.5,25).</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("tariff-structure", Name = "computeTariffStructure")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<TariffStructureResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<TariffStructureResultDto>>> TariffStructure([FromQuery] string? bandRates, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var rates = ParseNumbers(bandRates, "bandRates", errors) ?? DefaultBandRates;
        if (rates.Length != DefaultBandRates.Length)
            errors.Add("bandRates", $"give {DefaultBandRates.Length} rates, one per band: 0, 0-5, 5-10, 10-15, 15-20, over 20.");
        else if (rates.Any(r => r is < 0 or > 1000))
            errors.Add("bandRates", "each rate is a tariff in percent, from 0 to 1000.");
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());

        var results = new List<TariffStructureResultDto>();
        var schedules = await db.TariffSchedules.AsNoTracking().Include(s => s.Lines).OrderBy(s => s.Year).ThenBy(s => s.Month).ToListAsync(cancellationToken);
        foreach (var schedule in schedules)
        {
            var lines = schedule.Lines.OrderBy(l => l.RatePercent).ToList();
            var described = TariffDistribution.Describe(lines.Select(l => (l.RatePercent, (double)l.Lines)).ToList());
            results.Add(ToDto("table-7", new PeriodDto { Label = schedule.DateAsPrinted, StartYear = schedule.Year, EndYear = schedule.Year },
                lines.Select(l => new RateWeightDto { Label = Invariant(l.RatePercent) + "%", RatePercent = l.RatePercent, Weight = l.Lines, Provenance = ProvenanceMapping.ToDto(schedule.Provenance) }).ToList(),
                described,
                Reproduction.Compare(described.MeanPercent, schedule.AverageAdValoremPercent, Invariant(schedule.AverageAdValoremPercent)),
                Reproduction.Compare(described.StandardDeviation, schedule.StandardDeviationPoints, Invariant(schedule.StandardDeviationPoints))));
        }

        var bands = await db.TariffBandShares.AsNoTracking().Where(b => b.SectorGroupId == "all-goods").ToListAsync(cancellationToken);
        var structure = await db.TariffStructure.AsNoTracking().Where(s => s.SectorGroupId == "all-goods").ToListAsync(cancellationToken);
        foreach (var year in bands.Select(b => b.Year).Distinct().Order())
        {
            var inYear = bands.Where(b => b.Year == year).ToList();
            if (inYear.Any(b => b.SharePercent is null))
                continue;
            var distribution = inYear
                .OrderBy(b => b.BandId)
                .Select(b => new RateWeightDto
                {
                    Label = b.BandAsPrinted ?? EnumText.Name(b.BandId),
                    RatePercent = rates[(int)b.BandId],
                    Weight = b.SharePercent!.Value,
                    Provenance = ProvenanceMapping.ToDto(b.Provenance),
                })
                .ToList();
            var described = TariffDistribution.Describe(distribution.Select(d => (d.RatePercent, d.Weight)).ToList());
            var mean = structure.FirstOrDefault(s => s.Indicator == TariffStructureIndicator.SimpleAveragePercent && s.Period.StartYear <= year && s.Period.EndYear >= year);
            var sd = structure.FirstOrDefault(s => s.Indicator == TariffStructureIndicator.StandardDeviationPoints && s.Period.StartYear <= year && s.Period.EndYear >= year);
            results.Add(ToDto("table-a7", new PeriodDto { Label = Invariant(year), StartYear = year, EndYear = year }, distribution, described,
                Reproduction.Compare(described.MeanPercent, mean?.Value, mean?.ValueAsPrinted),
                Reproduction.Compare(described.StandardDeviation, sd?.Value, sd?.ValueAsPrinted)));
        }

        return new IndicatorResults<TariffStructureResultDto>
        {
            Indicator = "tariff-structure",
            Notes =
            [
                "Table 7's printed average and deviation for September 1990 do not follow from its lines, which are the same as December 1990's (seed/README.md, Data notes).",
                "Table A7 gives shares of lines by band, not rates: each band stands for the rate in bandRates, so its mean and deviation are approximations (the closed bands are 5 points wide; the open 'over 20' band has no upper bound). They are compared with Table A6's all-goods average and deviation for the same year.",
                "Several Table A7 cells are placed by inference (their placement is in /api/v1/tariffs/band-shares); a year with a missing cell is left out.",
            ],
            Results = results,
        };
    }

    /// <summary>Compute an effective rate of protection</summary>
    /// <remarks>
    /// The effective rate of protection for the caller's output tariff and inputs: (t_j - sum a_ij t_i) / (1 - sum a_ij) when
    /// every input is traded. Inputs marked non-traded carry no tariff; Corden (the default) counts them as part of value
    /// added, Balassa as inputs (so the denominator also subtracts their coefficients). Coefficients are the inputs' shares
    /// of the output's value at free-trade prices, each in [0, 1) and together below 1.
    /// </remarks>
    /// <param name="outputTariff">The tariff on the output, percent.</param>
    /// <param name="coefficients">The inputs' coefficients a_ij, comma-separated (0.3,0.2).</param>
    /// <param name="inputTariffs">The inputs' tariffs, percent, comma-separated, one per coefficient.</param>
    /// <param name="traded">true or false per input, comma-separated (default: all traded); a non-traded input's tariff is not counted.</param>
    /// <param name="method">corden (default) or balassa.</param>
    [HttpGet("effective-protection", Name = "computeEffectiveProtection")]
    [ExpensiveOperation]
    [Produces("application/json")]
    [ProducesResponseType<EffectiveProtectionResult>(StatusCodes.Status200OK)]
    public ActionResult<EffectiveProtectionResult> EffectiveProtection(
        [FromQuery, BindRequired] double outputTariff,
        [FromQuery] string? coefficients,
        [FromQuery] string? inputTariffs,
        [FromQuery] string? traded,
        [FromQuery] string? method)
    {
        var errors = new QueryErrors();
        var a = ParseNumbers(coefficients, "coefficients", errors) ?? [];
        var t = ParseNumbers(inputTariffs, "inputTariffs", errors) ?? [];
        var flags = QueryGrammar.Items(traded, "traded", errors).Select(f => bool.TryParse(f, out var b) ? b : (bool?)null).ToList();
        var chosen = QueryGrammar.EnumList<EffectiveProtectionMethod>(method, "method", errors);
        if (a.Length != t.Length)
            errors.Add("inputTariffs", $"give one tariff per coefficient: {a.Length} coefficients, {t.Length} tariffs.");
        if (flags.Any(f => f is null))
            errors.Add("traded", "each flag is true or false.");
        else if (flags.Count > 0 && flags.Count != a.Length)
            errors.Add("traded", $"give one flag per coefficient ({a.Length}), or none.");
        if (chosen.Count > 1)
            errors.Add("method", "give one method: corden or balassa.");
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());

        var inputs = a.Select((coefficient, i) => new ProtectionInput($"input-{i + 1}", coefficient, t[i], flags.Count == 0 || flags[i]!.Value)).ToList();
        try
        {
            return Domain.EffectiveProtection.Compute(outputTariff, inputs, chosen.Count == 0 ? EffectiveProtectionMethod.Corden : chosen[0]);
        }
        catch (IndicatorInputException error)
        {
            // The service names its inputs as a list of records; the caller sent parallel query lists.
            var item = System.Text.RegularExpressions.Regex.Match(error.Parameter, @"^inputs\[(\d+)\](?:\.(\w+))?$");
            var parameter = error.Parameter switch
            {
                "outputTariffPercent" => "outputTariff",
                _ when item.Success && item.Groups[2].Value == "tariffPercent" => "inputTariffs",
                _ => "coefficients",
            };
            var where = item.Success ? $"input {int.Parse(item.Groups[1].Value, CultureInfo.InvariantCulture) + 1}: " : "";
            throw new IndicatorInputException(parameter, where + error.Problem);
        }
    }

    /// <summary>Rank sectors by effective protection</summary>
    /// <remarks>Table 8's effective rates of protection in each period, from most to least protected; ties share a rank, sectors without a value come last.</remarks>
    /// <param name="period">A year (1991) or a span (1990-1992): the Table 8 periods that overlap it; all when omitted.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("sector-effective-protection", Name = "rankSectorEffectiveProtection")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<SectorProtectionRankingDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<SectorProtectionRankingDto>>> SectorEffectiveProtection([FromQuery] string? period, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var range = QueryGrammar.PeriodRange(period, "period", errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        var values = await db.SectorProtection.AsNoTracking()
            .Where(v => v.Measure == ProtectionMeasure.EffectiveProtection && !v.IsAverage && v.Component == null)
            .WhereOverlaps(range, v => v.Period.StartYear, v => v.Period.EndYear)
            .ToListAsync(cancellationToken);
        var rankings = values.GroupBy(v => v.Period.Label).OrderBy(g => g.First().Period.StartYear).Select(g =>
        {
            var ranks = Domain.EffectiveProtection.Rank(g.Select(v => (v.SectorId, v.ValuePercent)).ToList()).ToDictionary(r => r.Id);
            return new SectorProtectionRankingDto
            {
                Period = PeriodDto.Of(g.First().Period),
                Sectors = g.Select(v => new SectorProtectionRankDto
                    {
                        SectorId = v.SectorId,
                        Sector = v.Sector,
                        EffectiveProtectionPercent = v.ValuePercent,
                        ValueAsPrinted = v.ValueAsPrinted,
                        Rank = ranks[v.SectorId].Rank,
                    })
                    .OrderBy(s => s.Rank ?? int.MaxValue).ThenBy(s => s.SectorId, StringComparer.Ordinal)
                    .ToList(),
            };
        }).ToList();
        return new IndicatorResults<SectorProtectionRankingDto>
        {
            Indicator = "sector-effective-protection",
            Notes = ["Effective protection as Table 8 prints it; sectors without a value in the period are listed last, without a rank."],
            Results = rankings,
        };
    }

    /// <summary>Correlate protection with output growth</summary>
    /// <remarks>
    /// For each Table 8 period, Pearson and Spearman correlations between the sectors' protection (tariff or effective
    /// protection) and their output growth, with t, two-sided p-value and a 5 percent flag, beside the coefficient Table
    /// A8 prints for the same years. Table A8 used more observations than Table 8's sectors (its N column), so the
    /// coefficients need not agree; the difference is shown, not explained away.
    /// </remarks>
    /// <param name="measure">ad-valorem-tariff or effective-protection (default both).</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("protection-growth-correlations", Name = "computeProtectionGrowthCorrelations")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<ProtectionGrowthCorrelationResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<ProtectionGrowthCorrelationResultDto>>> ProtectionGrowthCorrelations([FromQuery] string? measure, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var measures = QueryGrammar.EnumList<ProtectionMeasure>(measure, "measure", errors);
        if (measures.Contains(ProtectionMeasure.OutputGrowth))
            errors.Add("measure", "output-growth is what protection is correlated with; use ad-valorem-tariff or effective-protection.");
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        if (measures.Count == 0)
            measures = [ProtectionMeasure.AdValoremTariff, ProtectionMeasure.EffectiveProtection];

        var values = await db.SectorProtection.AsNoTracking().Where(v => !v.IsAverage && v.Component == null).ToListAsync(cancellationToken);
        var reported = await db.ProtectionGrowthCorrelations.AsNoTracking().ToListAsync(cancellationToken);
        var results = new List<ProtectionGrowthCorrelationResultDto>();
        foreach (var period in values.GroupBy(v => v.Period.Label).OrderBy(g => g.First().Period.StartYear))
        {
            var first = period.First().Period;
            foreach (var protectionMeasure in measures)
            {
                var pairs = period.GroupBy(v => v.SectorId).Select(s =>
                {
                    var protection = s.FirstOrDefault(v => v.Measure == protectionMeasure);
                    var growth = s.FirstOrDefault(v => v.Measure == ProtectionMeasure.OutputGrowth);
                    return new CorrelationPairDto
                    {
                        SectorId = s.Key,
                        Protection = protection?.ValuePercent,
                        OutputGrowth = growth?.ValuePercent,
                        ProtectionProvenance = protection is null ? null : ProvenanceMapping.ToDto(protection.Provenance),
                        OutputGrowthProvenance = growth is null ? null : ProvenanceMapping.ToDto(growth.Provenance),
                    };
                }).ToList();
                var input = pairs.Select(p => (p.Protection, p.OutputGrowth)).ToList();
                var pearson = Correlation.Pearson(input);
                // Table A8 prints the pooled span "1992-1990" for Table 8's 1990-1992, and 2006 alone for 2006-2007.
                var match = reported.Where(r => r.Measure == protectionMeasure && r.Period.StartYear == first.StartYear && r.Period.EndYear == first.EndYear).FirstOrDefault()
                    ?? reported.FirstOrDefault(r => r.Measure == protectionMeasure && r.Period.StartYear == first.StartYear && r.Period.EndYear == first.StartYear && first.EndYear > first.StartYear
                        && !reported.Any(o => o.Measure == protectionMeasure && o.Period.StartYear == first.StartYear && o.Period.EndYear == first.EndYear)
                        && !reported.Any(o => o.Measure == protectionMeasure && o.Period.StartYear == first.EndYear));
                results.Add(new ProtectionGrowthCorrelationResultDto
                {
                    Period = PeriodDto.Of(first),
                    Measure = EnumText.Name(protectionMeasure),
                    Pearson = pearson,
                    Spearman = Correlation.Spearman(input),
                    Reported = match is null ? null : new ReportedCorrelationDto
                    {
                        PeriodAsPrinted = match.Period.Label,
                        Coefficient = match.Coefficient,
                        Observations = match.Observations,
                        SignificantAt5Percent = match.Coefficient is null ? null : match.SignificantAt5Percent,
                        Difference = match.Coefficient is null || pearson.R is null ? null : pearson.R - match.Coefficient,
                    },
                    Pairs = pairs,
                });
            }
        }
        return new IndicatorResults<ProtectionGrowthCorrelationResultDto>
        {
            Indicator = "protection-growth-correlations",
            Notes =
            [
                "Computed across Table 8's sectors (one observation each per period). Table A8's coefficients come from other samples (its N column: 70 for 1990-1992 pooled, more than Table 8's sectors; 26 for 2006, compared here with 2006-2007), so a difference is expected and is not an error of either.",
                "Table 8 prints no effective protection for 2006-2007 and Table A8 none for 2006 (n.a.): those results are null with their reasons.",
            ],
            Results = results,
        };
    }

    /// <summary>Compute preference margins</summary>
    /// <remarks>For each agreement of Table 10 with an average tariff (2006): the MFN average minus its preferential average, overall and for agriculture where given.</remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("preference-margins", Name = "computePreferenceMargins")]
    [Produces("application/json")]
    [ProducesResponseType<PreferenceMarginsDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PreferenceMarginsDto>> PreferenceMargins(CancellationToken cancellationToken)
    {
        var ptas = await db.Ptas.AsNoTracking().OrderBy(p => p.Number).ToListAsync(cancellationToken);
        var mfn = ptas.Single(p => p.TariffKind == "mfn");
        var rows = ptas.Where(p => p.TariffKind != "mfn").Select(p =>
        {
            var margin = p.AverageTariffPercent is null ? (double?)null : Math.Round(mfn.AverageTariffPercent!.Value - p.AverageTariffPercent.Value, 10);
            var agriculture = p.AverageTariffAgriculturePercent is null || mfn.AverageTariffAgriculturePercent is null
                ? (double?)null
                : Math.Round(mfn.AverageTariffAgriculturePercent.Value - p.AverageTariffAgriculturePercent.Value, 10);
            return new PreferenceMarginDto
            {
                PtaId = p.Id,
                Name = p.ShortName,
                PreferentialAveragePercent = p.AverageTariffPercent,
                MarginPoints = margin,
                PreferentialAgricultureAveragePercent = p.AverageTariffAgriculturePercent,
                AgricultureMarginPoints = agriculture,
                NullReason = margin is null ? "Table 10 prints no average tariff for this agreement."
                    : agriculture is null ? "Table 10 prints no agricultural average for this agreement." : null,
                Provenance = ProvenanceMapping.ToDto(p.Provenance),
            };
        }).OrderByDescending(r => r.MarginPoints ?? double.MinValue).ToList();
        return new PreferenceMarginsDto
        {
            Year = mfn.TariffYear,
            MfnAveragePercent = mfn.AverageTariffPercent!.Value,
            MfnAgricultureAveragePercent = mfn.AverageTariffAgriculturePercent,
            Agreements = rows,
            Provenance = ProvenanceMapping.ToDto(mfn.Provenance),
        };
    }

    private static TariffStructureResultDto ToDto(string source, PeriodDto period, IReadOnlyList<RateWeightDto> distribution,
        TariffDistributionResult described, Reproduction mean, Reproduction standardDeviation) => new()
    {
        Source = source,
        Period = period,
        Distribution = distribution,
        MeanPercent = described.MeanPercent,
        StandardDeviationPoints = described.StandardDeviation,
        CoefficientOfVariation = described.CoefficientOfVariation,
        CoefficientOfVariationReason = described.CoefficientOfVariationReason,
        PeakSharePercent = described.PeakSharePercent,
        PeakRatePercent = described.MaximumPercent,
        Mean = mean,
        StandardDeviation = standardDeviation,
        Working = described.Working,
    };

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static double[]? ParseNumbers(string? text, string parameter, QueryErrors errors)
    {
        if (text is null)
            return null;
        var numbers = new List<double>();
        foreach (var item in QueryGrammar.Items(text, parameter, errors))
        {
            if (double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                numbers.Add(number);
            else
                errors.Add(parameter, $"'{item}' is not a number (use a point for decimals: 0.25).");
        }
        return [.. numbers];
    }
}
