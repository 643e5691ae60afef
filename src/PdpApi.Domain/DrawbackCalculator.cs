using System.Globalization;

namespace PdpApi.Domain;

/// <summary>What a drawback rule does when an export is checked against it.</summary>
public enum DrawbackRuleKind
{
    /// <summary>An act, objective or procedural step (claim steps, customs laws): listed in the rules, not checked.</summary>
    Other,

    /// <summary>The refund as a percent of the f.o.b. export value (value unit <c>percent-of-fob-export-value</c>).</summary>
    RefundRate,

    /// <summary>The f.o.b. export value of the tariff line must be at least the value (unit <c>usd</c> or <c>millions-usd</c>).</summary>
    MinimumFobPerTariffLine,

    /// <summary>The f.o.b. export value of the tariff line must be at most the value.</summary>
    MaximumFobPerTariffLine,

    /// <summary>
    /// The export must incorporate imported inputs and fall within a tariff heading whose total exports in the previous
    /// year did not exceed the value.
    /// </summary>
    MaximumTariffHeadingExportsPreviousYear,

    /// <summary>The c.i.f. value of the imported inputs must not exceed the value, a percent of the f.o.b. export value.</summary>
    MaximumCifInputsShareOfFob,

    /// <summary>The export must incorporate no inputs imported under a concessional or preferential regime.</summary>
    NoConcessionalOrPreferentialInputs,

    /// <summary>Exports of the listed tariff lines are not entitled to drawback.</summary>
    ExcludedTariffLines,
}

/// <summary>How a rule came out for one export.</summary>
public enum DrawbackCheckOutcome
{
    /// <summary>The refund rate in force, applied to the f.o.b. value.</summary>
    Applied,

    /// <summary>The export meets the rule.</summary>
    Passed,

    /// <summary>The export does not meet the rule: no refund.</summary>
    Failed,

    /// <summary>The rule may apply but cannot be checked with the inputs given, or the paper does not say whether it applied that year.</summary>
    NotEvaluated,

    /// <summary>The rule's period does not include the year.</summary>
    NotInForce,

    /// <summary>Another rule of the same kind applies for the year (a later amendment, or a dated rule over an undated restatement).</summary>
    Superseded,
}

/// <summary>
/// One rule of the drawback regime, shaped after a row of <c>seed/drawback-rules.csv</c>.
/// </summary>
/// <param name="Id">The row's <c>id</c>.</param>
/// <param name="Kind">What the rule checks: the row's <c>checks</c>.</param>
/// <param name="Value">The row's <c>value</c>: the rate or the bound; null for rules without a number.</param>
/// <param name="ValueUnit">The row's <c>value_unit</c>: <c>percent-of-fob-export-value</c>, <c>usd</c> or <c>millions-usd</c> for the kinds that use a value.</param>
/// <param name="ValidFromYear">The row's <c>valid_from_year</c>: first year in force.</param>
/// <param name="ValidToYear">The row's <c>valid_to_year</c>: last year in force (empty while in force).</param>
/// <param name="InForceAsOfYear">The row's <c>in_force_as_of_year</c>: a year the paper says the rule was in force ("By 2007"), without a start year.</param>
/// <param name="Instrument">The row's <c>instrument</c> (the decree), when the paper names one.</param>
/// <param name="InstrumentDate">The row's <c>instrument_date_as_printed</c>.</param>
/// <param name="Description">The row's <c>description</c>.</param>
public sealed record DrawbackRule(
    string Id,
    DrawbackRuleKind Kind,
    double? Value,
    string? ValueUnit,
    int? ValidFromYear,
    int? ValidToYear,
    int? InForceAsOfYear,
    string? Instrument,
    string? InstrumentDate,
    string Description)
{
    /// <summary>
    /// For <see cref="DrawbackRuleKind.ExcludedTariffLines"/>: the excluded HS codes (2 to 10 digits; a shorter code
    /// excludes every line under it). The paper names the excluded products but prints no codes, so the seed has none;
    /// with none given the rule is reported as not evaluated.
    /// </summary>
    public IReadOnlyList<string> ExcludedHsCodes { get; init; } = [];
}

/// <summary>One rule checked against one export.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Kind">What the rule checks.</param>
/// <param name="Instrument">The decree that set the rule, when the paper names one.</param>
/// <param name="InstrumentDate">The decree's date as printed.</param>
/// <param name="Outcome">How it came out.</param>
/// <param name="Detail">The comparison made, or why none could be made.</param>
public sealed record DrawbackRuleCheck(
    string RuleId,
    DrawbackRuleKind Kind,
    string? Instrument,
    string? InstrumentDate,
    DrawbackCheckOutcome Outcome,
    string Detail)
{
    /// <summary>true when the rule was met (or, for the rate, applied).</summary>
    public bool Passed => Outcome is DrawbackCheckOutcome.Passed or DrawbackCheckOutcome.Applied;
}

/// <summary>Whether an export qualifies for the drawback, the refund, and every rule checked.</summary>
public sealed record DrawbackResult
{
    /// <summary>The year of the export.</summary>
    public required int Year { get; init; }

    /// <summary>The f.o.b. export value of the tariff line, US$.</summary>
    public required double FobExportValueUsd { get; init; }

    /// <summary>The c.i.f. value of the imported inputs, US$.</summary>
    public required double CifImportedInputsUsd { get; init; }

    /// <summary>The HS code given, digits only.</summary>
    public required string HsHeading { get; init; }

    /// <summary>Whether any input entered under a concessional, preferential or duty-free regime.</summary>
    public required bool InputsUnderPreferentialRegime { get; init; }

    /// <summary>The tariff heading's total exports in the previous year, US$, when given.</summary>
    public required double? TariffHeadingExportsPreviousYearUsd { get; init; }

    /// <summary>First year the rules cover.</summary>
    public required int CoveredFromYear { get; init; }

    /// <summary>Last year the rules cover.</summary>
    public required int CoveredToYear { get; init; }

    /// <summary>
    /// true when no rule in force fails. Rules that could not be checked are in <see cref="UnverifiedRuleIds"/>: a
    /// qualifying export is eligible only if those hold too.
    /// </summary>
    public required bool Qualifies { get; init; }

    /// <summary>The rules checked, in order: the eligibility rules in the order given, then the refund rate.</summary>
    public required IReadOnlyList<DrawbackRuleCheck> Checks { get; init; }

    /// <summary>The first rule that failed, or the refund rate applied when none failed.</summary>
    public required DrawbackRuleCheck DecidingRule { get; init; }

    /// <summary>The refund rate in force for the year, percent of the f.o.b. value.</summary>
    public required double RefundRatePercent { get; init; }

    /// <summary>The refund, US$: rate x f.o.b. value; null when the export does not qualify.</summary>
    public required double? RefundUsd { get; init; }

    /// <summary>Why there is no refund; null when there is one.</summary>
    public required string? NoRefundReason { get; init; }

    /// <summary>Rules that may apply but could not be checked with the inputs given or for the year.</summary>
    public required IReadOnlyList<string> UnverifiedRuleIds { get; init; }

    /// <summary>Each step with the numbers used.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>
/// The export drawback (simplified restitution of customs duties) of Table 11 and Section 6.2: whether an export
/// qualifies under the rules in force in a year and the refund, a flat share of its f.o.b. value.
/// </summary>
/// <remarks>
/// <para>What the paper states and the rules encode (rows of <c>seed/drawback-rules.csv</c>; paper lines in brackets):
/// a refund of 5 percent of the f.o.b. value (Supreme Decree No. 104-95-EF, [708]; footnote 51 [861]: "regardless of the
/// actual amount of duties paid on imported inputs"); f.o.b. value per tariff line of at least US$10,000 and at most US$10
/// million [708], the upper limit raised to US$20 million by Supreme Decree No. 093-96-EF of September 25, 1996 [708]; a
/// list of excluded sub-tariff lines (Supreme Decree No. 127-2002-EF, [708]) and some 270 excluded ten-digit headings
/// ([708], [293]); and "by 2007" [708, 712]: a tariff heading whose exports in the previous year did not exceed US$20
/// million, for exports that incorporate imported inputs; c.i.f. value of imported inputs not above 50 percent of the
/// f.o.b. value; no inputs imported under a concessional or preferential regime.</para>
/// <para>Where the paper is silent, nothing is assumed:</para>
/// <list type="bullet">
/// <item><description>The period the f.o.b. value per tariff line is measured over (per shipment, per year) is not
/// stated: the value given is compared with the bounds as it is.</description></item>
/// <item><description>The excluded lines are named by product (animal waste, coffee, fish fats and oils, sugar, food
/// residues, minerals, skins, wool, waste of textile fibers, jewelry and gold and silver articles) and never by code: an
/// exclusion rule is checked only against codes the caller puts in <see cref="DrawbackRule.ExcludedHsCodes"/>; otherwise it
/// is not evaluated.</description></item>
/// <item><description>The "by 2007" requirements have no start year: for earlier years they are reported as not evaluated
/// (the paper does not say whether they applied), never as passed or failed.</description></item>
/// <item><description>The paper names concessional or preferential regimes only; temporary admission or other duty-free
/// regimes are covered only in so far as the caller counts them as such in
/// <c>inputsUnderPreferentialRegime</c>.</description></item>
/// <item><description>The regime took effect in November 1995 and the 1996 amendment on September 25, 1996; the
/// calculator works by year, so in 1995 it applies the 1995 rules and in 1996 the amended ceiling for the whole
/// year.</description></item>
/// <item><description>No rule after 2007 is stated (the September 2008 evaluation of the elimination, footnote 54, was
/// not an adopted change): the years covered run from the earliest to the latest year in the rules.</description></item>
/// <item><description>The c.i.f. value of inputs above the f.o.b. value is not rejected: before 2007 the refund does not
/// depend on inputs at all, and by 2007 the 50 percent rule fails it.</description></item>
/// </list>
/// </remarks>
public static class DrawbackCalculator
{
    private const string PercentOfFob = "percent-of-fob-export-value";

    /// <summary>Checks one export against the rules in force in <paramref name="year"/> and computes the refund.</summary>
    /// <param name="rules">The regime's rules (for example every row of <c>seed/drawback-rules.csv</c>).</param>
    /// <param name="year">Year of the export, within the years the rules cover.</param>
    /// <param name="fobExportValueUsd">f.o.b. export value of the tariff line, US$ (more than 0).</param>
    /// <param name="cifImportedInputsUsd">c.i.f. value of the imported inputs it incorporates, US$ (0 or more).</param>
    /// <param name="hsHeading">HS code of the exported product, 2 to 10 digits (dots and spaces are ignored).</param>
    /// <param name="inputsUnderPreferentialRegime">Whether any input entered under a concessional, preferential or duty-free regime.</param>
    /// <param name="tariffHeadingExportsPreviousYearUsd">Total exports of the product's tariff heading in the previous
    /// year, US$, for the 2007 requirement; null when unknown (the requirement is then not evaluated).</param>
    public static DrawbackResult Calculate(
        IReadOnlyList<DrawbackRule> rules,
        int year,
        double fobExportValueUsd,
        double cifImportedInputsUsd,
        string hsHeading,
        bool inputsUnderPreferentialRegime,
        double? tariffHeadingExportsPreviousYearUsd = null)
    {
        ValidateRules(rules);
        var (coveredFrom, coveredTo) = Coverage(rules);
        if (year < coveredFrom || year > coveredTo)
            throw new IndicatorInputException(nameof(year), $"The rules cover {coveredFrom}-{coveredTo}; give a year in that range.");
        if (!double.IsFinite(fobExportValueUsd) || fobExportValueUsd <= 0)
            throw new IndicatorInputException(nameof(fobExportValueUsd), "The f.o.b. export value must be a finite number of US$ greater than 0.");
        if (!double.IsFinite(cifImportedInputsUsd) || cifImportedInputsUsd < 0)
            throw new IndicatorInputException(nameof(cifImportedInputsUsd), "The c.i.f. value of imported inputs must be a finite number of US$, 0 or more.");
        if (tariffHeadingExportsPreviousYearUsd is { } previous && (!double.IsFinite(previous) || previous < 0))
            throw new IndicatorInputException(nameof(tariffHeadingExportsPreviousYearUsd), "The tariff heading's exports in the previous year must be a finite number of US$, 0 or more, or omitted.");
        var code = NormaliseHsCode(hsHeading)
            ?? throw new IndicatorInputException(nameof(hsHeading), "Give the HS code as 2 to 10 digits (dots and spaces are ignored), e.g. 6109100031.");

        var working = new List<WorkingStep>
        {
            new("year within the rules' coverage", $"{coveredFrom} <= {year} <= {coveredTo}", year),
        };
        var input = new ExportInput(year, fobExportValueUsd, cifImportedInputsUsd, code, inputsUnderPreferentialRegime, tariffHeadingExportsPreviousYearUsd);
        var applying = ApplyingRules(rules, year);

        var checks = new List<DrawbackRuleCheck>();
        foreach (var rule in rules.Where(r => r.Kind is not (DrawbackRuleKind.Other or DrawbackRuleKind.RefundRate)))
            checks.Add(Check(rule, input, applying, working));

        var rateRules = rules.Where(r => r.Kind == DrawbackRuleKind.RefundRate).ToList();
        var rateRule = rateRules.FirstOrDefault(r => applying.Contains(r))
            ?? throw new IndicatorInputException(nameof(rules), $"No refund rate rule is in force in {year}.");
        foreach (var rule in rateRules)
        {
            if (ReferenceEquals(rule, rateRule))
                checks.Add(Result(rule, DrawbackCheckOutcome.Applied, $"{F(rule.Value!.Value)} percent of the f.o.b. value"));
            else
                checks.Add(OutOfPeriodOrSuperseded(rule, year, rateRule));
        }

        var failed = checks.FirstOrDefault(c => c.Outcome == DrawbackCheckOutcome.Failed);
        var deciding = failed ?? checks.Last(c => c.Outcome == DrawbackCheckOutcome.Applied);
        var rate = rateRule.Value!.Value;
        double? refund = null;
        string? reason = null;
        if (failed is null)
        {
            refund = rate / 100 * fobExportValueUsd;
            working.Add(new WorkingStep($"refund ({rateRule.Id})", $"{F(rate)} / 100 x {F(fobExportValueUsd)}", refund.Value));
        }
        else
        {
            reason = $"Rule {failed.RuleId} fails: {failed.Detail}";
        }

        return new DrawbackResult
        {
            Year = year,
            FobExportValueUsd = fobExportValueUsd,
            CifImportedInputsUsd = cifImportedInputsUsd,
            HsHeading = code,
            InputsUnderPreferentialRegime = inputsUnderPreferentialRegime,
            TariffHeadingExportsPreviousYearUsd = tariffHeadingExportsPreviousYearUsd,
            CoveredFromYear = coveredFrom,
            CoveredToYear = coveredTo,
            Qualifies = failed is null,
            Checks = checks,
            DecidingRule = deciding,
            RefundRatePercent = rate,
            RefundUsd = refund,
            NoRefundReason = reason,
            UnverifiedRuleIds = checks.Where(c => c.Outcome == DrawbackCheckOutcome.NotEvaluated).Select(c => c.RuleId).ToList(),
            Working = working,
        };
    }

    private sealed record ExportInput(int Year, double Fob, double Cif, string HsCode, bool Preferential, double? HeadingExportsPreviousYear);

    private static DrawbackRuleCheck Check(DrawbackRule rule, ExportInput input, HashSet<DrawbackRule> applying, List<WorkingStep> working)
    {
        if (!applying.Contains(rule))
        {
            if (rule.ValidFromYear is null && rule.InForceAsOfYear is { } asOf && input.Year < asOf)
                return Result(rule, DrawbackCheckOutcome.NotEvaluated,
                    $"The paper states this rule as in force by {asOf} and gives no start year; whether it applied in {input.Year} is not stated.");
            return OutOfPeriodOrSuperseded(rule, input.Year, applying.FirstOrDefault(a => a.Kind == rule.Kind));
        }

        switch (rule.Kind)
        {
            case DrawbackRuleKind.MinimumFobPerTariffLine:
            {
                var bound = AmountUsd(rule);
                var passed = input.Fob >= bound;
                return Compared(rule, working, "f.o.b. value per tariff line at least the minimum", $"{F(input.Fob)} >= {F(bound)}", input.Fob, passed);
            }
            case DrawbackRuleKind.MaximumFobPerTariffLine:
            {
                var bound = AmountUsd(rule);
                var passed = input.Fob <= bound;
                return Compared(rule, working, "f.o.b. value per tariff line at most the maximum", $"{F(input.Fob)} <= {F(bound)}", input.Fob, passed);
            }
            case DrawbackRuleKind.MaximumTariffHeadingExportsPreviousYear:
            {
                if (input.Cif == 0)
                    return Compared(rule, working, "the export incorporates imported inputs", "0 > 0", input.Cif, false);
                if (input.HeadingExportsPreviousYear is not { } previous)
                    return Result(rule, DrawbackCheckOutcome.NotEvaluated,
                        "The tariff heading's total exports in the previous year were not given (tariffHeadingExportsPreviousYearUsd).");
                var bound = AmountUsd(rule);
                return Compared(rule, working, "tariff heading's exports in the previous year at most the maximum",
                    $"{F(previous)} <= {F(bound)}", previous, previous <= bound);
            }
            case DrawbackRuleKind.MaximumCifInputsShareOfFob:
            {
                var share = input.Cif / input.Fob * 100;
                var limit = rule.Value!.Value;
                // Compared as amounts, not as the rounded share, so an input exactly at the limit passes.
                var passed = input.Cif <= limit / 100 * input.Fob;
                return Compared(rule, working, "c.i.f. value of imported inputs as a percent of the f.o.b. value, at most the maximum",
                    $"{F(input.Cif)} / {F(input.Fob)} x 100 <= {F(limit)}", share, passed);
            }
            case DrawbackRuleKind.NoConcessionalOrPreferentialInputs:
                return input.Preferential
                    ? Result(rule, DrawbackCheckOutcome.Failed, "Inputs entered under a concessional or preferential regime.")
                    : Result(rule, DrawbackCheckOutcome.Passed, "No inputs entered under a concessional or preferential regime.");
            case DrawbackRuleKind.ExcludedTariffLines:
            {
                if (rule.ExcludedHsCodes.Count == 0)
                    return Result(rule, DrawbackCheckOutcome.NotEvaluated,
                        "The paper names the excluded products but prints no HS codes; no codes were given for this rule.");
                var codes = rule.ExcludedHsCodes.Select(c => NormaliseHsCode(c)!).ToList();
                var excludedBy = codes.FirstOrDefault(c => input.HsCode.StartsWith(c, StringComparison.Ordinal));
                if (excludedBy is not null)
                    return Result(rule, DrawbackCheckOutcome.Failed, $"HS {input.HsCode} falls under excluded code {excludedBy}.");
                var under = codes.FirstOrDefault(c => c.StartsWith(input.HsCode, StringComparison.Ordinal));
                if (under is not null)
                    return Result(rule, DrawbackCheckOutcome.NotEvaluated,
                        $"Excluded code {under} lies under HS {input.HsCode}; give the full tariff line to decide.");
                return Result(rule, DrawbackCheckOutcome.Passed, $"HS {input.HsCode} is not among the {codes.Count} excluded codes.");
            }
            default:
                throw new InvalidOperationException($"Unexpected rule kind {rule.Kind}.");
        }
    }

    private static DrawbackRuleCheck Compared(DrawbackRule rule, List<WorkingStep> working, string label, string expression, double value, bool passed)
    {
        var outcome = passed ? DrawbackCheckOutcome.Passed : DrawbackCheckOutcome.Failed;
        var written = $"{expression} -> {(passed ? "passed" : "failed")}";
        working.Add(new WorkingStep($"{label} ({rule.Id})", written, value));
        return Result(rule, outcome, written);
    }

    private static DrawbackRuleCheck OutOfPeriodOrSuperseded(DrawbackRule rule, int year, DrawbackRule? applying)
    {
        if (InPeriod(rule, year) && applying is not null)
        {
            var by = $"rule {applying.Id}{(applying.Instrument is null ? "" : $" ({applying.Instrument})")}";
            return Result(rule, DrawbackCheckOutcome.Superseded, applying.Value == rule.Value
                ? $"Same value as {by}, which applies in {year}."
                : $"In {year} {by} applies instead.");
        }
        var period = rule.ValidToYear is { } to ? $"{rule.ValidFromYear}-{to}" : $"from {rule.ValidFromYear ?? rule.InForceAsOfYear}";
        return Result(rule, DrawbackCheckOutcome.NotInForce, $"In force {period}; not in {year}.");
    }

    private static DrawbackRuleCheck Result(DrawbackRule rule, DrawbackCheckOutcome outcome, string detail) =>
        new(rule.Id, rule.Kind, rule.Instrument, rule.InstrumentDate, outcome, detail);

    /// <summary>
    /// The checked rules in force in the year. Dated rules run from <c>ValidFromYear</c> to <c>ValidToYear</c> (or to the
    /// end of the coverage); "by" rules from <c>InForceAsOfYear</c>; undated rules over the whole coverage. Of the rules
    /// of one valued kind in force, the one with the latest start applies (a later decree amends an earlier one; a dated
    /// rule outranks an undated restatement).
    /// </summary>
    private static HashSet<DrawbackRule> ApplyingRules(IReadOnlyList<DrawbackRule> rules, int year)
    {
        var inForce = rules.Where(r => r.Kind != DrawbackRuleKind.Other && InPeriod(r, year)).ToList();
        var applying = new HashSet<DrawbackRule>(inForce.Where(r => !IsValued(r.Kind)), ReferenceEqualityComparer.Instance);
        foreach (var group in inForce.Where(r => IsValued(r.Kind)).GroupBy(r => r.Kind))
        {
            var latestStart = group.Max(Start);
            var latest = group.Where(r => Start(r) == latestStart).ToList();
            if (latest.Select(r => r.Value).Distinct().Count() > 1)
                throw new IndicatorInputException(nameof(rules),
                    $"Rules {string.Join(", ", latest.Select(r => r.Id))} give different values for {group.Key} from the same year; keep one.");
            applying.Add(latest[0]);
        }
        return applying;
    }

    private static bool InPeriod(DrawbackRule rule, int year) =>
        rule.ValidFromYear is { } from ? year >= from && year <= (rule.ValidToYear ?? int.MaxValue)
        : rule.InForceAsOfYear is { } asOf ? year >= asOf
        : true;

    private static int Start(DrawbackRule rule) => rule.ValidFromYear ?? rule.InForceAsOfYear ?? int.MinValue;

    private static bool IsValued(DrawbackRuleKind kind) => kind is DrawbackRuleKind.RefundRate
        or DrawbackRuleKind.MinimumFobPerTariffLine or DrawbackRuleKind.MaximumFobPerTariffLine
        or DrawbackRuleKind.MaximumTariffHeadingExportsPreviousYear or DrawbackRuleKind.MaximumCifInputsShareOfFob;

    private static (int From, int To) Coverage(IReadOnlyList<DrawbackRule> rules)
    {
        var years = rules.SelectMany(r => new[] { r.ValidFromYear, r.ValidToYear, r.InForceAsOfYear })
            .OfType<int>().ToList();
        if (years.Count == 0)
            throw new IndicatorInputException(nameof(rules), "No rule has a year (valid_from_year, valid_to_year or in_force_as_of_year): the years covered are unknown.");
        return (years.Min(), years.Max());
    }

    private static double AmountUsd(DrawbackRule rule) =>
        rule.ValueUnit == "millions-usd" ? rule.Value!.Value * 1_000_000 : rule.Value!.Value;

    private static void ValidateRules(IReadOnlyList<DrawbackRule> rules)
    {
        if (rules is null || rules.Count == 0)
            throw new IndicatorInputException(nameof(rules), "Give the drawback rules (the rows of drawback-rules.csv).");
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i] ?? throw new IndicatorInputException($"rules[{i}]", "A rule is missing.");
            if (string.IsNullOrWhiteSpace(rule.Id))
                throw new IndicatorInputException($"rules[{i}].id", "Every rule needs an id.");
            if (!Enum.IsDefined(rule.Kind))
                throw new IndicatorInputException($"rules[{i}].kind", "Unknown rule kind.");
            if (rule.ValidFromYear is { } from && rule.ValidToYear is { } to && to < from)
                throw new IndicatorInputException($"rules[{i}].validToYear", "The last year in force must not be before the first.");
            if (rule.ValidToYear is not null && rule.ValidFromYear is null)
                throw new IndicatorInputException($"rules[{i}].validFromYear", "A rule with a last year in force needs a first year.");
            if (!IsValued(rule.Kind))
            {
                for (var j = 0; j < rule.ExcludedHsCodes.Count; j++)
                {
                    if (NormaliseHsCode(rule.ExcludedHsCodes[j]) is null)
                        throw new IndicatorInputException($"rules[{i}].excludedHsCodes[{j}]", "An excluded HS code is 2 to 10 digits.");
                }
                continue;
            }
            if (rule.Value is not { } value || !double.IsFinite(value) || value < 0)
                throw new IndicatorInputException($"rules[{i}].value", $"A {rule.Kind} rule needs a finite value of 0 or more.");
            var unitOk = rule.Kind is DrawbackRuleKind.RefundRate or DrawbackRuleKind.MaximumCifInputsShareOfFob
                ? rule.ValueUnit == PercentOfFob
                : rule.ValueUnit is "usd" or "millions-usd";
            if (!unitOk)
                throw new IndicatorInputException($"rules[{i}].valueUnit",
                    rule.Kind is DrawbackRuleKind.RefundRate or DrawbackRuleKind.MaximumCifInputsShareOfFob
                        ? $"A {rule.Kind} rule is in {PercentOfFob}."
                        : $"A {rule.Kind} rule is in usd or millions-usd.");
        }
    }

    private static string? NormaliseHsCode(string? code)
    {
        if (code is null)
            return null;
        var digits = code.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return digits.Length is >= 2 and <= 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
