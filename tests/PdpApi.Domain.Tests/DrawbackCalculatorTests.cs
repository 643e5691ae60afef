using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class DrawbackCalculatorTests
{
    // Every row of seed/drawback-rules.csv, in file order: id, checks, value, value_unit, valid_from_year, valid_to_year,
    // in_force_as_of_year, instrument, instrument_date_as_printed.
    private static readonly DrawbackRule[] Seed =
    [
        Row("objective", "other", null, null, null, null, null, null, null),
        Row("1995-regime-introduced", "other", null, null, 1995, null, null, "Supreme Decree No. 104-95-EF", "June 23, 1995"),
        Row("1995-simplified-restitution-rules", "other", null, null, 1995, null, null, "Supreme Decree No. 104-95-EF", "June 23, 1995"),
        Row("1995-restitution-rate", "refund-rate", 5, "percent-of-fob-export-value", 1995, null, null, "Supreme Decree No. 104-95-EF", "June 23, 1995"),
        Row("5-percent-regardless-of-duties-paid", "refund-rate", 5, "percent-of-fob-export-value", null, null, null, null, null),
        Row("not-considered-a-subsidy", "other", null, null, null, null, null, null, null),
        Row("1995-fob-per-tariff-line-minimum", "minimum-fob-per-tariff-line", 10000, "usd", 1995, null, null, "Supreme Decree No. 104-95-EF", "June 23, 1995"),
        Row("1995-fob-per-tariff-line-maximum", "maximum-fob-per-tariff-line", 10, "millions-usd", 1995, 1996, null, "Supreme Decree No. 104-95-EF", "June 23, 1995"),
        Row("1996-fob-per-tariff-line-maximum-raised", "maximum-fob-per-tariff-line", 20, "millions-usd", 1996, null, null, "Supreme Decree No. 093-96-EF", "September 25, 1996"),
        Row("2002-excluded-sub-tariff-lines-list", "excluded-tariff-lines", null, null, 2002, null, null, "Supreme Decree No. 127-2002-EF", "August 8, 2002"),
        Row("2003-customs-crimes-rules", "other", null, null, 2003, null, null, "Supreme Decree No. 121-2003-EF", "August 26, 2003"),
        Row("2004-general-customs-law-text", "other", null, null, 2004, null, null, "The Ordered Unique Text of the General Laws of Customs", "September 8, 2004"),
        Row("2005-customs-sanctions-board", "other", null, null, 2005, null, null, "Supreme Decree No. 013-2005-EF", "January 25, 2005"),
        Row("any-sector-any-size", "other", null, null, null, null, null, null, null),
        Row("excluded-270-tariff-headings", "excluded-tariff-lines", 270, "ten-digit-tariff-headings-count", null, null, null, null, null),
        Row("2007-tariff-heading-previous-year-exports-maximum", "maximum-tariff-heading-exports-previous-year", 20, "millions-usd", null, null, 2007, null, null),
        Row("2007-cif-imported-inputs-maximum-share-of-fob", "maximum-cif-inputs-share-of-fob", 50, "percent-of-fob-export-value", null, null, 2007, null, null),
        Row("2007-no-concessional-inputs", "no-concessional-or-preferential-inputs", null, null, null, null, 2007, null, null),
        Row("administered-by-customs", "other", null, null, null, null, null, null, null),
        Row("claim-step-1-declare-intention", "other", null, null, null, null, null, null, null),
        Row("claim-step-2-request", "other", null, null, null, null, null, null, null),
        Row("claim-step-3-devolution", "other", null, null, null, null, null, null, null),
        Row("2008-elimination-evaluated", "other", null, null, null, null, null, null, null),
        Row("1995-drawback-since", "other", null, null, 1995, null, null, null, null),
    ];

    // checks is written as the seed writes it (kebab case).
    private static DrawbackRule Row(string id, string checks, double? value, string? unit,
        int? from, int? to, int? asOf, string? instrument, string? date) =>
        new(id, Enum.Parse<DrawbackRuleKind>(checks.Replace("-", "", StringComparison.Ordinal), ignoreCase: true), value, unit, from, to, asOf, instrument, date, id);

    private static DrawbackRule Seeded(string id) => Seed.Single(r => r.Id == id);

    private static DrawbackRuleCheck CheckOf(DrawbackResult result, string id) => result.Checks.Single(c => c.RuleId == id);

    private static DrawbackResult Calculate(int year, double fob, double cif, string hs = "6109100031", bool preferential = false,
        double? headingExports = null, IReadOnlyList<DrawbackRule>? rules = null) =>
        DrawbackCalculator.Calculate(rules ?? Seed, year, fob, cif, hs, preferential, headingExports);

    [Fact]
    public void Seed_rows_map_to_the_kinds_they_state()
    {
        Assert.Equal(DrawbackRuleKind.RefundRate, Seeded("1995-restitution-rate").Kind);
        Assert.Equal(DrawbackRuleKind.RefundRate, Seeded("5-percent-regardless-of-duties-paid").Kind);
        Assert.Equal(DrawbackRuleKind.MinimumFobPerTariffLine, Seeded("1995-fob-per-tariff-line-minimum").Kind);
        Assert.Equal(DrawbackRuleKind.MaximumFobPerTariffLine, Seeded("1995-fob-per-tariff-line-maximum").Kind);
        Assert.Equal(DrawbackRuleKind.MaximumFobPerTariffLine, Seeded("1996-fob-per-tariff-line-maximum-raised").Kind);
        Assert.Equal(DrawbackRuleKind.ExcludedTariffLines, Seeded("2002-excluded-sub-tariff-lines-list").Kind);
        Assert.Equal(DrawbackRuleKind.ExcludedTariffLines, Seeded("excluded-270-tariff-headings").Kind);
        Assert.Equal(DrawbackRuleKind.MaximumTariffHeadingExportsPreviousYear, Seeded("2007-tariff-heading-previous-year-exports-maximum").Kind);
        Assert.Equal(DrawbackRuleKind.MaximumCifInputsShareOfFob, Seeded("2007-cif-imported-inputs-maximum-share-of-fob").Kind);
        Assert.Equal(DrawbackRuleKind.NoConcessionalOrPreferentialInputs, Seeded("2007-no-concessional-inputs").Kind);
        Assert.Equal(14, Seed.Count(r => r.Kind == DrawbackRuleKind.Other));
    }

    [Fact]
    public void Rules_cover_1995_to_2007()
    {
        // Earliest valid_from_year: 1995 (1995-restitution-rate); latest year: in_force_as_of_year 2007 (2007-* rows).
        var result = Calculate(2000, 100_000, 30_000);
        Assert.Equal(1995, result.CoveredFromYear);
        Assert.Equal(2007, result.CoveredToYear);
    }

    [Fact]
    public void Export_in_2000_within_the_range_gets_5_percent_of_its_fob_value()
    {
        // 1995-restitution-rate: 5 / 100 x 100000 = 5000.
        // 1995-fob-per-tariff-line-minimum: 100000 >= 10000; 1996-fob-per-tariff-line-maximum-raised: 100000 <= 20000000.
        var result = Calculate(2000, 100_000, 30_000);

        Assert.True(result.Qualifies);
        Assert.Equal(5000, result.RefundUsd);
        Assert.Equal(5, result.RefundRatePercent);
        Assert.Null(result.NoRefundReason);
        Assert.Equal("1995-restitution-rate", result.DecidingRule.RuleId);
        Assert.Equal(DrawbackCheckOutcome.Applied, result.DecidingRule.Outcome);
        Assert.Equal("Supreme Decree No. 104-95-EF", result.DecidingRule.Instrument);
        Assert.Equal(DrawbackCheckOutcome.Passed, CheckOf(result, "1995-fob-per-tariff-line-minimum").Outcome);
        Assert.Equal(DrawbackCheckOutcome.NotInForce, CheckOf(result, "1995-fob-per-tariff-line-maximum").Outcome);
        Assert.Equal(DrawbackCheckOutcome.Passed, CheckOf(result, "1996-fob-per-tariff-line-maximum-raised").Outcome);
        Assert.Equal("Supreme Decree No. 093-96-EF", CheckOf(result, "1996-fob-per-tariff-line-maximum-raised").Instrument);
        Assert.Equal(DrawbackCheckOutcome.NotInForce, CheckOf(result, "2002-excluded-sub-tariff-lines-list").Outcome);
        Assert.Equal(DrawbackCheckOutcome.Superseded, CheckOf(result, "5-percent-regardless-of-duties-paid").Outcome);
        Assert.Equal(
            ["excluded-270-tariff-headings", "2007-tariff-heading-previous-year-exports-maximum",
             "2007-cif-imported-inputs-maximum-share-of-fob", "2007-no-concessional-inputs"],
            result.UnverifiedRuleIds);
        Assert.Contains(result.Working, w => w.Expression == "5 / 100 x 100000" && w.Value == 5000);
    }

    [Fact]
    public void Checks_list_eligibility_rules_in_file_order_then_the_rate()
    {
        var result = Calculate(2000, 100_000, 30_000);
        Assert.Equal(
            ["1995-fob-per-tariff-line-minimum", "1995-fob-per-tariff-line-maximum", "1996-fob-per-tariff-line-maximum-raised",
             "2002-excluded-sub-tariff-lines-list", "excluded-270-tariff-headings",
             "2007-tariff-heading-previous-year-exports-maximum", "2007-cif-imported-inputs-maximum-share-of-fob",
             "2007-no-concessional-inputs", "1995-restitution-rate", "5-percent-regardless-of-duties-paid"],
            result.Checks.Select(c => c.RuleId));
    }

    [Fact]
    public void Fob_below_10000_per_tariff_line_gets_no_refund()
    {
        // 1995-fob-per-tariff-line-minimum: 9999.99 >= 10000 is false.
        var result = Calculate(2000, 9_999.99, 1_000);

        Assert.False(result.Qualifies);
        Assert.Null(result.RefundUsd);
        Assert.Equal("1995-fob-per-tariff-line-minimum", result.DecidingRule.RuleId);
        Assert.Equal(DrawbackCheckOutcome.Failed, result.DecidingRule.Outcome);
        Assert.Contains("1995-fob-per-tariff-line-minimum", result.NoRefundReason, StringComparison.Ordinal);
        Assert.Contains(result.Working, w => w.Expression == "9999.99 >= 10000 -> failed");
    }

    [Theory]
    // 1995-fob-per-tariff-line-minimum (US$10,000, "higher or equal"): 5 / 100 x 10000 = 500.
    [InlineData(1995, 10_000, 500)]
    // 1995-fob-per-tariff-line-maximum (US$10 million, "lower or equal"): 5 / 100 x 10000000 = 500000.
    [InlineData(1995, 10_000_000, 500_000)]
    // 1996-fob-per-tariff-line-maximum-raised (US$20 million): 5 / 100 x 20000000 = 1000000.
    [InlineData(1997, 20_000_000, 1_000_000)]
    public void Fob_values_on_the_bounds_qualify(int year, double fob, double refund)
    {
        var result = Calculate(year, fob, 0);
        Assert.True(result.Qualifies);
        Assert.Equal(refund, result.RefundUsd);
    }

    [Fact]
    public void Fob_of_15_million_exceeds_the_1995_ceiling_but_not_the_1996_one()
    {
        // 1995-fob-per-tariff-line-maximum: 15000000 <= 10000000 fails in 1995.
        var in1995 = Calculate(1995, 15_000_000, 0);
        Assert.False(in1995.Qualifies);
        Assert.Equal("1995-fob-per-tariff-line-maximum", in1995.DecidingRule.RuleId);
        Assert.Equal(DrawbackCheckOutcome.NotInForce, CheckOf(in1995, "1996-fob-per-tariff-line-maximum-raised").Outcome);

        // 1996: both rows cover the year; the amending decree (093-96-EF) applies: 15000000 <= 20000000; refund 750000.
        var in1996 = Calculate(1996, 15_000_000, 0);
        Assert.True(in1996.Qualifies);
        Assert.Equal(750_000, in1996.RefundUsd);
        Assert.Equal(DrawbackCheckOutcome.Superseded, CheckOf(in1996, "1995-fob-per-tariff-line-maximum").Outcome);

        var in1997 = Calculate(1997, 15_000_000, 0);
        Assert.Equal(DrawbackCheckOutcome.NotInForce, CheckOf(in1997, "1995-fob-per-tariff-line-maximum").Outcome);
    }

    [Fact]
    public void Fob_above_20_million_gets_no_refund()
    {
        // 1996-fob-per-tariff-line-maximum-raised: 20000001 <= 20000000 is false.
        var result = Calculate(2003, 20_000_001, 0);
        Assert.False(result.Qualifies);
        Assert.Equal("1996-fob-per-tariff-line-maximum-raised", result.DecidingRule.RuleId);
    }

    [Fact]
    public void Export_in_2007_meeting_every_requirement_qualifies()
    {
        // 2007-cif-imported-inputs-maximum-share-of-fob: 500000 / 1000000 x 100 = 50 <= 50.
        // 2007-tariff-heading-previous-year-exports-maximum: 20000000 <= 20000000 (US$20 million).
        // 2007-no-concessional-inputs: none. Refund: 5 / 100 x 1000000 = 50000.
        var result = Calculate(2007, 1_000_000, 500_000, headingExports: 20_000_000);

        Assert.True(result.Qualifies);
        Assert.Equal(50_000, result.RefundUsd);
        Assert.Equal(DrawbackCheckOutcome.Passed, CheckOf(result, "2007-cif-imported-inputs-maximum-share-of-fob").Outcome);
        Assert.Equal(DrawbackCheckOutcome.Passed, CheckOf(result, "2007-tariff-heading-previous-year-exports-maximum").Outcome);
        Assert.Equal(DrawbackCheckOutcome.Passed, CheckOf(result, "2007-no-concessional-inputs").Outcome);
        Assert.Equal(["2002-excluded-sub-tariff-lines-list", "excluded-270-tariff-headings"], result.UnverifiedRuleIds);
        Assert.Contains(result.Working, w => w.Expression == "500000 / 1000000 x 100 <= 50 -> passed" && w.Value == 50);
    }

    [Fact]
    public void Inputs_above_half_the_fob_value_fail_in_2007()
    {
        // 2007-cif-imported-inputs-maximum-share-of-fob: 500001 / 1000000 x 100 = 50.0001 > 50.
        var result = Calculate(2007, 1_000_000, 500_001, headingExports: 1_000_000);
        Assert.False(result.Qualifies);
        Assert.Equal("2007-cif-imported-inputs-maximum-share-of-fob", result.DecidingRule.RuleId);
        Assert.Null(result.RefundUsd);
    }

    [Fact]
    public void Inputs_under_a_preferential_regime_fail_in_2007()
    {
        // 2007-no-concessional-inputs.
        var result = Calculate(2007, 1_000_000, 100_000, preferential: true, headingExports: 1_000_000);
        Assert.False(result.Qualifies);
        Assert.Equal("2007-no-concessional-inputs", result.DecidingRule.RuleId);
    }

    [Fact]
    public void The_first_failing_rule_decides()
    {
        // Both 2007-cif-imported-inputs-maximum-share-of-fob (60 > 50) and 2007-no-concessional-inputs fail; the CIF rule
        // comes first in the file.
        var result = Calculate(2007, 1_000_000, 600_000, preferential: true, headingExports: 1_000_000);
        Assert.Equal("2007-cif-imported-inputs-maximum-share-of-fob", result.DecidingRule.RuleId);
        Assert.Equal(DrawbackCheckOutcome.Failed, CheckOf(result, "2007-no-concessional-inputs").Outcome);
    }

    [Fact]
    public void Heading_with_previous_year_exports_above_20_million_fails_in_2007()
    {
        // 2007-tariff-heading-previous-year-exports-maximum: 20000001 <= 20000000 is false.
        var result = Calculate(2007, 1_000_000, 100_000, headingExports: 20_000_001);
        Assert.False(result.Qualifies);
        Assert.Equal("2007-tariff-heading-previous-year-exports-maximum", result.DecidingRule.RuleId);
    }

    [Fact]
    public void Export_without_imported_inputs_fails_in_2007()
    {
        // 2007-tariff-heading-previous-year-exports-maximum: "exports that incorporate imported inputs".
        var result = Calculate(2007, 1_000_000, 0, headingExports: 1_000_000);
        Assert.False(result.Qualifies);
        Assert.Equal("2007-tariff-heading-previous-year-exports-maximum", result.DecidingRule.RuleId);
    }

    [Fact]
    public void Unknown_heading_exports_leave_the_2007_heading_rule_unverified()
    {
        var result = Calculate(2007, 1_000_000, 100_000);
        Assert.True(result.Qualifies);
        Assert.Equal(DrawbackCheckOutcome.NotEvaluated, CheckOf(result, "2007-tariff-heading-previous-year-exports-maximum").Outcome);
        Assert.Contains("2007-tariff-heading-previous-year-exports-maximum", result.UnverifiedRuleIds);
    }

    [Fact]
    public void Requirements_stated_by_2007_are_not_applied_to_earlier_years()
    {
        // 2007-cif-imported-inputs-maximum-share-of-fob has in_force_as_of_year 2007 and no start year: in 2006 a share
        // of 80 percent is not failed, only left unverified. Refund 5 / 100 x 100000 = 5000.
        var result = Calculate(2006, 100_000, 80_000, preferential: true);
        Assert.True(result.Qualifies);
        Assert.Equal(5000, result.RefundUsd);
        Assert.Equal(DrawbackCheckOutcome.NotEvaluated, CheckOf(result, "2007-cif-imported-inputs-maximum-share-of-fob").Outcome);
        Assert.Equal(DrawbackCheckOutcome.NotEvaluated, CheckOf(result, "2007-no-concessional-inputs").Outcome);
    }

    [Fact]
    public void Inputs_worth_more_than_the_export_are_accepted_before_2007()
    {
        // Footnote 51 (5-percent-regardless-of-duties-paid): the refund does not depend on the inputs. 5 / 100 x 100000.
        var result = Calculate(2000, 100_000, 200_000);
        Assert.True(result.Qualifies);
        Assert.Equal(5000, result.RefundUsd);
    }

    [Fact]
    public void Excluded_lines_are_checked_only_against_codes_given()
    {
        // 2002-excluded-sub-tariff-lines-list with an illustrative code list (the paper prints none).
        var rules = Seed.Select(r => r.Id == "2002-excluded-sub-tariff-lines-list" ? r with { ExcludedHsCodes = ["0901", "1701.99"] } : r).ToList();

        var excluded = Calculate(2003, 100_000, 10_000, hs: "0901.11.90.00", rules: rules);
        Assert.False(excluded.Qualifies);
        Assert.Equal("2002-excluded-sub-tariff-lines-list", excluded.DecidingRule.RuleId);
        Assert.Equal("0901119000", excluded.HsHeading);

        var coarser = Calculate(2003, 100_000, 10_000, hs: "17", rules: rules);
        Assert.Equal(DrawbackCheckOutcome.NotEvaluated, CheckOf(coarser, "2002-excluded-sub-tariff-lines-list").Outcome);

        var other = Calculate(2003, 100_000, 10_000, rules: rules);
        Assert.Equal(DrawbackCheckOutcome.Passed, CheckOf(other, "2002-excluded-sub-tariff-lines-list").Outcome);

        // The decree dates from 2002 (valid_from_year): in 2001 the list is not in force.
        var before = Calculate(2001, 100_000, 10_000, hs: "0901119000", rules: rules);
        Assert.True(before.Qualifies);
        Assert.Equal(DrawbackCheckOutcome.NotInForce, CheckOf(before, "2002-excluded-sub-tariff-lines-list").Outcome);
    }

    [Fact]
    public void Excluded_lists_without_codes_are_unverified()
    {
        var result = Calculate(2005, 100_000, 10_000);
        Assert.Equal(DrawbackCheckOutcome.NotEvaluated, CheckOf(result, "2002-excluded-sub-tariff-lines-list").Outcome);
        Assert.Equal(DrawbackCheckOutcome.NotEvaluated, CheckOf(result, "excluded-270-tariff-headings").Outcome);
    }

    [Theory]
    [InlineData(1994)]
    [InlineData(2008)]
    public void Year_outside_the_rules_is_rejected(int year)
    {
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(year, 100_000, 10_000));
        Assert.Equal("year", error.Parameter);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Fob_value_must_be_positive_and_finite(double fob)
    {
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(2000, fob, 10_000));
        Assert.Equal("fobExportValueUsd", error.Parameter);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Cif_value_must_be_zero_or_more_and_finite(double cif)
    {
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, cif));
        Assert.Equal("cifImportedInputsUsd", error.Parameter);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("12345678901")]
    [InlineData("61O9")]
    public void Hs_code_must_be_2_to_10_digits(string hs)
    {
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, 10_000, hs: hs));
        Assert.Equal("hsHeading", error.Parameter);
    }

    [Fact]
    public void Null_hs_code_is_rejected()
    {
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, 10_000, hs: null!));
        Assert.Equal("hsHeading", error.Parameter);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Heading_exports_must_be_zero_or_more(double exports)
    {
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(2007, 100_000, 10_000, headingExports: exports));
        Assert.Equal("tariffHeadingExportsPreviousYearUsd", error.Parameter);
    }

    [Fact]
    public void Empty_or_missing_rules_are_rejected()
    {
        Assert.Equal("rules", Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, 0, rules: [])).Parameter);
        Assert.Equal("rules", Assert.Throws<IndicatorInputException>(
            () => DrawbackCalculator.Calculate(null!, 2000, 100_000, 0, "6109", false)).Parameter);
    }

    [Fact]
    public void Rules_without_a_rate_for_the_year_are_rejected()
    {
        var rules = Seed.Where(r => r.Kind != DrawbackRuleKind.RefundRate).ToList();
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, 0, rules: rules));
        Assert.Equal("rules", error.Parameter);
    }

    [Fact]
    public void Conflicting_rates_from_the_same_year_are_rejected()
    {
        var rules = Seed.Append(Seeded("1995-restitution-rate") with { Id = "other-rate", Value = 8 }).ToList();
        var error = Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, 0, rules: rules));
        Assert.Equal("rules", error.Parameter);
    }

    [Fact]
    public void A_valued_rule_needs_its_value_and_unit()
    {
        DrawbackRule[] noValue = [Seeded("1995-restitution-rate") with { Value = null }];
        Assert.Equal("rules[0].value", Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, 0, rules: noValue)).Parameter);

        DrawbackRule[] badUnit = [Seeded("1995-restitution-rate"), Seeded("1995-fob-per-tariff-line-minimum") with { ValueUnit = "percent" }];
        Assert.Equal("rules[1].valueUnit", Assert.Throws<IndicatorInputException>(() => Calculate(2000, 100_000, 0, rules: badUnit)).Parameter);

        DrawbackRule[] badCode = [Seeded("2002-excluded-sub-tariff-lines-list") with { ExcludedHsCodes = ["x"] }, Seeded("1995-restitution-rate")];
        Assert.Equal("rules[0].excludedHsCodes[0]", Assert.Throws<IndicatorInputException>(() => Calculate(2003, 100_000, 0, rules: badCode)).Parameter);

        DrawbackRule[] backwards = [Seeded("1995-restitution-rate") with { ValidToYear = 1990 }];
        Assert.Equal("rules[0].validToYear", Assert.Throws<IndicatorInputException>(() => Calculate(1995, 100_000, 0, rules: backwards)).Parameter);
    }

    [Fact]
    public void Qualifying_exports_between_1997_and_2006_get_exactly_5_percent()
    {
        // 1995-restitution-rate (5 percent) with 1995-fob-per-tariff-line-minimum and 1996-fob-per-tariff-line-maximum-raised.
        Gen.Select(Gen.Int[1997, 2006], Gen.Double[10_000, 20_000_000], Gen.Double[0, 50_000_000], Gen.Bool)
            .Sample((year, fob, cif, preferential) =>
            {
                var result = Calculate(year, fob, cif, preferential: preferential);
                Assert.True(result.Qualifies);
                Assert.Equal(5.0 / 100 * fob, result.RefundUsd);
            });
    }

    [Fact]
    public void Refund_is_given_exactly_when_no_rule_fails()
    {
        Gen.Select(Gen.Int[1995, 2007], Gen.Double[1, 40_000_000], Gen.Double[0, 40_000_000], Gen.Bool, Gen.Double[0, 40_000_000])
            .Sample((year, fob, cif, preferential, heading) =>
            {
                var result = Calculate(year, fob, cif, preferential: preferential, headingExports: heading);
                var anyFailed = result.Checks.Any(c => c.Outcome == DrawbackCheckOutcome.Failed);
                Assert.Equal(!anyFailed, result.Qualifies);
                Assert.Equal(result.Qualifies, result.RefundUsd is not null);
                Assert.Equal(result.Qualifies, result.NoRefundReason is null);
                Assert.Equal(result.Qualifies ? DrawbackCheckOutcome.Applied : DrawbackCheckOutcome.Failed, result.DecidingRule.Outcome);
                if (result.RefundUsd is { } refund)
                    Assert.True(refund >= 0 && refund <= 0.05 * fob * (1 + 1e-15));
            });
    }
}
