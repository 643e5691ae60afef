using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>Indicators of the PDP institutions: cost-effectiveness, perception gaps, spending per firm, legal instability.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/indicators")]
[Tags("Indicators")]
public sealed class InstitutionIndicatorsController(PdpDbContext db) : ControllerBase
{
    /// <summary>Compute cost-effectiveness</summary>
    /// <remarks>
    /// Table 18: each institution's mean impact score (its own view and its beneficiaries'), resources per beneficiary,
    /// impact per US$ of resources per beneficiary, and the ranks. INCAGRO's two components (FDSE, FTA) are separate rows.
    /// </remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("cost-effectiveness", Name = "computeCostEffectiveness")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<CostEffectivenessResultDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<CostEffectivenessResultDto>>> CostEffectiveness(CancellationToken cancellationToken)
    {
        var figures = await db.InstitutionFigures.AsNoTracking().Where(f => f.Dataset == InstitutionFigureDataset.Impacts).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var inputs = new List<InstitutionCostInput>();
        var cells = new List<List<IndicatorInputDto>>();
        foreach (var institution in figures.Select(f => f.InstitutionId).OfType<string>().Distinct())
        {
            var own = figures.Where(f => f.InstitutionId == institution).ToList();
            double? Mean(Respondent respondent)
            {
                var scores = own.Where(f => f.Measure == "impact-score" && f.Respondent == respondent && f.Value is not null).Select(f => f.Value!.Value).ToList();
                return scores.Count == 0 ? null : Math.Round(scores.Average(), 10);
            }
            var counts = own.Where(f => f.Measure is "beneficiaries-count" or "annual-average-beneficiaries-count").ToList();
            var resources = own.Where(f => f.Measure == "resources-per-beneficiary-usd").ToList();
            // A row per component where the table prints two (INCAGRO's FDSE and FTA), in the printed order.
            for (var i = 0; i < Math.Max(1, resources.Count); i++)
            {
                var perBeneficiary = i < resources.Count ? resources[i].Value : null;
                var countCell = resources.Count > 1 ? counts.FirstOrDefault(c => Component(c) == Component(resources[i])) : counts.FirstOrDefault();
                var count = countCell?.Value;
                var id = resources.Count > 1 ? $"{institution}-{Component(resources[i])}" : institution;
                inputs.Add(new InstitutionCostInput(id, Mean(Respondent.Institution), Mean(Respondent.Beneficiary),
                    perBeneficiary is null || count is null ? perBeneficiary : Math.Round(perBeneficiary.Value * count.Value, 6),
                    perBeneficiary is null ? null : count ?? 1));
                var used = own.Where(f => f.Measure == "impact-score")
                    .Concat(i < resources.Count ? [resources[i]] : [])
                    .Concat(countCell is null ? [] : [countCell]);
                cells.Add(used.Select(f => new IndicatorInputDto
                {
                    Id = string.Join('.', new[] { f.Measure, f.Respondent is { } respondent ? EnumText.Name(respondent) : null, f.Dimension }.OfType<string>()),
                    Value = f.Value,
                    ValueAsPrinted = f.ValueAsPrinted,
                    Provenance = ProvenanceMapping.ToDto(f.Provenance),
                }).ToList());
            }
        }
        var results = Domain.CostEffectiveness.Compare(inputs);
        return new IndicatorResults<CostEffectivenessResultDto>
        {
            Indicator = "cost-effectiveness",
            Notes =
            [
                "Table 18 prints resources per beneficiary and beneficiaries; the resources used are their product (the implied total, US$), so resources per beneficiary reproduces the printed figure.",
                "Mean impact: the average of the seven impact dimensions (output, exports, TFP, diversification, employment, poverty, coordination) on the survey's 1-5 scale.",
                "The periods differ by institution (2005 for PROMPERU, 2008 estimates for MI EMPRESA, 2001-2007 for INCAGRO ...): see /api/v1/institution-figures?dataset=impacts.",
            ],
            Results = results.Select((r, i) => new CostEffectivenessResultDto { Result = r, Inputs = cells[i] }).ToList(),
        };
    }

    // The seed records which component a cell belongs to ("component=fdse") where Table 18 prints two.
    private static string Component(InstitutionFigure figure) =>
        Figures.FigureDetails.Parse(figure.Details).GetValueOrDefault("component")
        ?? figure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Compute perception gaps</summary>
    /// <remarks>For each dimension of Table 12 (the institutional framework) and of Table 18 (impacts, by institution): the institutions' score minus the beneficiaries'.</remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("perception-gaps", Name = "computePerceptionGaps")]
    [Produces("application/json")]
    [ProducesResponseType<IndicatorResults<PerceptionGapsDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IndicatorResults<PerceptionGapsDto>>> PerceptionGaps(CancellationToken cancellationToken)
    {
        var figures = await db.InstitutionFigures.AsNoTracking()
            .Where(f => (f.Dataset == InstitutionFigureDataset.Perceptions && f.Measure == "average-perception-score") || (f.Dataset == InstitutionFigureDataset.Impacts && f.Measure == "impact-score"))
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var results = figures.GroupBy(f => (f.Dataset, f.InstitutionId)).Select(g =>
        {
            var scores = g.GroupBy(f => f.Dimension!).Select(d => new PerceptionScore(d.Key,
                d.FirstOrDefault(f => f.Respondent == Respondent.Institution)?.Value,
                d.FirstOrDefault(f => f.Respondent == Respondent.Beneficiary)?.Value)).ToList();
            return new PerceptionGapsDto
            {
                Source = g.Key.Dataset == InstitutionFigureDataset.Perceptions ? "table-12" : "table-18",
                InstitutionId = g.Key.InstitutionId,
                Gaps = Domain.CostEffectiveness.PerceptionGaps(scores),
                Inputs = g.Select(f => new IndicatorInputDto
                {
                    Id = $"{f.Dimension}.{f.Respondent}",
                    Value = f.Value,
                    ValueAsPrinted = f.ValueAsPrinted,
                    Provenance = ProvenanceMapping.ToDto(f.Provenance),
                }).ToList(),
            };
        }).ToList();
        return new IndicatorResults<PerceptionGapsDto>
        {
            Indicator = "perception-gaps",
            Notes = ["Table 12 pools all respondents (no institution); Table 18 gives each institution's and its beneficiaries' scores. A positive gap: the institution rates itself higher than its beneficiaries do."],
            Results = results,
        };
    }

    /// <summary>Compute spending per firm</summary>
    /// <remarks>
    /// The selected institutions' annual average expenditure in 2006-2007 (Table 5; INCAGRO's investment spending, the
    /// only figure it prints) over the micro and small firms of Table A5 (2006), per month, beside the US$3.2 per month the
    /// text quotes (Section 3.3).
    /// </remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("spending-per-firm", Name = "computeSpendingPerFirm")]
    [Produces("application/json")]
    [ProducesResponseType<SpendingPerFirmDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<SpendingPerFirmDto>> SpendingPerFirm(CancellationToken cancellationToken)
    {
        // Table 5 prints a total for most institutions; for INCAGRO it prints investment spending only, which is used in its place.
        var printed = await db.InstitutionFigures.AsNoTracking()
            .Where(f => f.Dataset == InstitutionFigureDataset.Expenditure && f.PeriodLabel == "2006-2007" && f.Value != null
                && (f.Measure == "annual-average-total-expenditure-millions-usd" || f.Measure == "annual-average-investment-expenditure-millions-usd"))
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var spending = printed.GroupBy(f => f.InstitutionId)
            .Select(g => g.FirstOrDefault(f => f.Measure == "annual-average-total-expenditure-millions-usd") ?? g.First())
            .ToList();
        var institutions = await db.InstitutionFigures.AsNoTracking()
            .Where(f => f.Dataset == InstitutionFigureDataset.Expenditure && f.InstitutionId != null).Select(f => f.InstitutionId!).Distinct().ToListAsync(cancellationToken);
        var firms = await db.SeriesObservations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.SeriesCode == "ta5-micro-and-small-firms-count" && o.DimensionId == "total", cancellationToken);
        var quoted = await db.SeriesObservations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.SeriesCode == "text-pdp-expenditure-per-micro-small-firm", cancellationToken);
        var used = spending;
        var total = used.Sum(f => f.Value!.Value) * 1_000_000;
        var result = Domain.CostEffectiveness.SpendingPerFirmPerMonth(Math.Round(total, 4), firms?.Value);
        var missing = institutions.Except(used.Select(f => f.InstitutionId!)).Order(StringComparer.Ordinal).ToList();
        // INCAGRO is counted by its investment spending, so it is not missing, but its total is.
        missing = missing.Concat(used.Where(f => f.Measure != "annual-average-total-expenditure-millions-usd").Select(f => f.InstitutionId!)).Order(StringComparer.Ordinal).ToList();
        return new SpendingPerFirmDto
        {
            Spending = used.Select(f => new IndicatorInputDto
            {
                Id = f.Measure == "annual-average-total-expenditure-millions-usd" ? f.InstitutionId! : $"{f.InstitutionId}.investment-expenditure",
                Value = f.Value,
                ValueAsPrinted = f.ValueAsPrinted,
                Provenance = ProvenanceMapping.ToDto(f.Provenance),
            }).ToList(),
            InstitutionsWithoutTotal = missing,
            Firms = firms is null ? null : new IndicatorInputDto { Id = "micro-and-small-firms", Value = firms.Value, ValueAsPrinted = firms.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(firms.Provenance) },
            Result = result,
            Reported = result.SpendingPerFirmPerMonth is null ? null
                : Reproduction.Compare(result.SpendingPerFirmPerMonth.Value, quoted?.Value, quoted?.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ReportedAsPrinted = quoted?.ValueAsPrinted,
            Notes =
            [
                "Expenditure: Table 5's annual average total expenditure for 2006-2007, millions of US$; for INCAGRO, which Table 5 gives no total for, its investment expenditure (the only spending it prints).",
                "Firms: Table A5's total of micro and small firms (2006). The text does not say which figures it divided; these reproduce its US$3.2.",
            ],
        };
    }

    /// <summary>Compute legal instability</summary>
    /// <remarks>
    /// From the legal events (one published reading per act): acts per institution, per administration and per decade,
    /// and the mean interval in years between an institution's successive acts (a date known only to the year is taken
    /// at mid-year, and the interval is marked approximate).
    /// </remarks>
    /// <param name="institution">Only acts concerning these institutions (ids, comma-separated); all when omitted.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet("legal-instability", Name = "computeLegalInstability")]
    [Produces("application/json")]
    [ProducesResponseType<LegalInstabilityDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<LegalInstabilityDto>> LegalInstability([FromQuery] string? institution, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var ids = QueryGrammar.List(institution, "institution", errors).ToList();
        if (ids.Count > 0)
        {
            var known = await db.Institutions.Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
            foreach (var unknown in ids.Except(known))
                errors.Add("institution", $"'{unknown}' is not an institution id (see /api/v1/institutions).");
        }
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());

        var events = await db.LegalEvents.AsNoTracking().Include(e => e.Bodies).Where(e => e.IsPublishedReading).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var used = events
            .Where(e => e.Year is not null)
            .SelectMany(e => e.Bodies.Select(b => (Event: e, b.InstitutionId)))
            .Where(x => ids.Count == 0 || ids.Contains(x.InstitutionId))
            .ToList();
        var acts = used.Select(x => new LegalAct(x.InstitutionId, new LegalDate(x.Event.Year!.Value, x.Event.Month, x.Event.Month is null ? null : x.Event.Day), EnumText.Name(x.Event.EventType), x.Event.AdministrationId)).ToList();
        var undated = events.Count(e => e.Year is null && e.Bodies.Any(b => ids.Count == 0 || ids.Contains(b.InstitutionId)));
        return new LegalInstabilityDto
        {
            Acts = acts.Count,
            UndatedActsLeftOut = undated,
            PerInstitution = Domain.LegalInstability.ActsPerInstitution(acts),
            PerAdministration = Domain.LegalInstability.ActsPerAdministration(acts),
            PerDecade = Domain.LegalInstability.ActsPerDecade(acts),
            MeanIntervals = Domain.LegalInstability.MeanIntervals(acts),
            ActsUsed = used.Select(x => new LegalActUsedDto
            {
                LegalEventId = x.Event.Id,
                InstitutionId = x.InstitutionId,
                DateAsPrinted = x.Event.DateAsPrinted,
                Year = x.Event.Year!.Value,
                EventType = x.Event.EventType,
                AdministrationId = x.Event.AdministrationId,
                Provenance = ProvenanceMapping.ToDto(x.Event.Provenance),
            }).ToList(),
            Notes =
            [
                "An act that concerns several bodies (a merger) counts once for each of them.",
                "Acts whose year the paper does not print are left out (undatedActsLeftOut); a year inferred from the text is not used.",
            ],
        };
    }
}

/// <summary>Perception gaps of one table (and institution, for Table 18).</summary>
public sealed record PerceptionGapsDto
{
    /// <summary>table-12 or table-18.</summary>
    public required string Source { get; init; }
    /// <summary>The institution (Table 18); null for Table 12, which pools all respondents.</summary>
    public required string? InstitutionId { get; init; }
    /// <summary>One gap per dimension.</summary>
    public required IReadOnlyList<DimensionPerceptionGap> Gaps { get; init; }
    /// <summary>The scores used, each with its provenance.</summary>
    public required IReadOnlyList<IndicatorInputDto> Inputs { get; init; }
}

/// <summary>Public spending per micro and small firm per month, with its inputs.</summary>
public sealed record SpendingPerFirmDto
{
    /// <summary>Each institution's annual average total expenditure, millions of US$ (2006-2007).</summary>
    public required IReadOnlyList<IndicatorInputDto> Spending { get; init; }
    /// <summary>Institutions of Table 5 without a total expenditure figure for the period (counted by their investment spending where Table 5 prints it).</summary>
    public required IReadOnlyList<string> InstitutionsWithoutTotal { get; init; }
    /// <summary>The number of micro and small firms used.</summary>
    public required IndicatorInputDto? Firms { get; init; }
    /// <summary>Spending (US$) per firm and per firm per month.</summary>
    public required SpendingPerFirmResult Result { get; init; }
    /// <summary>The computed monthly figure against the text's.</summary>
    public required Reproduction? Reported { get; init; }
    /// <summary>The text's figure as printed.</summary>
    public required string? ReportedAsPrinted { get; init; }
    /// <summary>What the reader should know.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>How often the legal basis of the institutions changed.</summary>
public sealed record LegalInstabilityDto
{
    /// <summary>Dated acts counted (an act counts once per body it concerns).</summary>
    public required int Acts { get; init; }
    /// <summary>Acts left out because the paper prints no year.</summary>
    public required int UndatedActsLeftOut { get; init; }
    /// <summary>Acts per institution, most first.</summary>
    public required IReadOnlyList<InstitutionActCount> PerInstitution { get; init; }
    /// <summary>Acts per administration.</summary>
    public required IReadOnlyList<AdministrationActCount> PerAdministration { get; init; }
    /// <summary>Acts per decade.</summary>
    public required IReadOnlyList<DecadeActCount> PerDecade { get; init; }
    /// <summary>Mean interval between an institution's successive acts.</summary>
    public required IReadOnlyList<InstitutionActInterval> MeanIntervals { get; init; }
    /// <summary>The acts counted, one per body they concern (details at /api/v1/legal-events/{legalEventId}).</summary>
    public required IReadOnlyList<LegalActUsedDto> ActsUsed { get; init; }
    /// <summary>What the reader should know.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>A legal act counted for one body.</summary>
public sealed record LegalActUsedDto
{
    /// <summary>The legal event (/api/v1/legal-events/{id}).</summary>
    public required string LegalEventId { get; init; }
    /// <summary>The body it is counted for.</summary>
    public required string InstitutionId { get; init; }
    /// <summary>The date as printed.</summary>
    public required string? DateAsPrinted { get; init; }
    /// <summary>The year used.</summary>
    public required int Year { get; init; }
    /// <summary>What the act did (created, merged-into ...).</summary>
    public required LegalEventType EventType { get; init; }
    /// <summary>The administration it falls in.</summary>
    public required string? AdministrationId { get; init; }
    /// <summary>Source, footnotes and note of the act.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
