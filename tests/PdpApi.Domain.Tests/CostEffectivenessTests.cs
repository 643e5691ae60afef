using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class CostEffectivenessTests
{
    private static readonly InstitutionCostInput[] Hand =
    [
        new("a", 4, 3, 1000, 10),
        new("b", 3, 3.5, 500, 50),
        new("c", 5, null, 200, 0),
        new("d", 2, 2, null, 100),
    ];

    [Fact]
    public void Cost_per_beneficiary_and_impact_per_resource_by_hand()
    {
        // a: 1000 / 10 = 100 per beneficiary; 4 / 100 = 0.04; 3 / 100 = 0.03; gap 4 - 3 = 1
        // b: 500 / 50 = 10 per beneficiary; 3 / 10 = 0.3; 3.5 / 10 = 0.35; gap 3 - 3.5 = -0.5
        var rows = CostEffectiveness.Compare(Hand);

        Assert.Equal(100, rows[0].ResourcesPerBeneficiary);
        Assert.Equal(0.04, rows[0].InstitutionImpactPerResource!.Value, 1e-12);
        Assert.Equal(0.03, rows[0].BeneficiaryImpactPerResource!.Value, 1e-12);
        Assert.Equal(1, rows[0].PerceptionGap);
        Assert.Equal(10, rows[1].ResourcesPerBeneficiary);
        Assert.Equal(0.3, rows[1].InstitutionImpactPerResource!.Value, 1e-12);
        Assert.Equal(0.35, rows[1].BeneficiaryImpactPerResource!.Value, 1e-12);
        Assert.Equal(-0.5, rows[1].PerceptionGap);
        Assert.Equal("1000 / 10", rows[0].Working[0].Expression);
    }

    [Fact]
    public void Ranks_put_the_cheapest_and_the_most_impact_per_resource_first_and_skip_nulls()
    {
        var rows = CostEffectiveness.Compare(Hand);

        Assert.Equal(new int?[] { 2, 1, null, null }, rows.Select(r => r.RankByResourcesPerBeneficiary));
        Assert.Equal(new int?[] { 2, 1, null, null }, rows.Select(r => r.RankByInstitutionImpactPerResource));
        Assert.Equal(new int?[] { 2, 1, null, null }, rows.Select(r => r.RankByBeneficiaryImpactPerResource));
    }

    [Fact]
    public void Zero_beneficiaries_give_null_with_a_reason_not_a_division_error()
    {
        var c = CostEffectiveness.Compare(Hand)[2];

        Assert.Null(c.ResourcesPerBeneficiary);
        Assert.Contains("no beneficiaries", c.ResourcesPerBeneficiaryReason, StringComparison.Ordinal);
        Assert.Null(c.InstitutionImpactPerResource);
        Assert.Equal(c.ResourcesPerBeneficiaryReason, c.InstitutionImpactPerResourceReason);
        Assert.Null(c.PerceptionGap);
        Assert.Contains("beneficiaries' score is missing", c.PerceptionGapReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_resources_give_null_with_a_reason()
    {
        var d = CostEffectiveness.Compare(Hand)[3];

        Assert.Null(d.ResourcesPerBeneficiary);
        Assert.Equal("Resources are missing.", d.ResourcesPerBeneficiaryReason);
        Assert.Equal(0, d.PerceptionGap);
    }

    [Fact]
    public void Zero_resources_leave_impact_per_resource_undefined()
    {
        var row = Assert.Single(CostEffectiveness.Compare([new("free", 3, 3, 0, 10)]));

        Assert.Equal(0, row.ResourcesPerBeneficiary);
        Assert.Null(row.InstitutionImpactPerResource);
        Assert.Contains("are 0", row.InstitutionImpactPerResourceReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_18_PROMPERU_cost_per_beneficiary_reproduces_within_the_rounding_of_its_note()
    {
        // Note 1: US$4.17 million and 709 beneficiaries (2005): 4,170,000 / 709 = 5,881.5 against a printed 5,882.7.
        // 4.17 is rounded to 0.01 million, so the quotient is known to +-5,000 / 709 = 7.05.
        // Mean scores over the seven dimensions: institution 26 / 7 = 3.714, beneficiaries 18 / 7 = 2.571; gap 8 / 7.
        var row = Assert.Single(CostEffectiveness.Compare([new("promperu", 26.0 / 7, 18.0 / 7, 4_170_000, 709)]));

        Assert.Equal(4_170_000.0 / 709, row.ResourcesPerBeneficiary!.Value, 1e-9);
        Assert.True(Reproduction.Compare(row.ResourcesPerBeneficiary.Value, 5882.7, "5882.7", inputTolerance: 5000.0 / 709).Reproduces);
        Assert.False(Reproduction.Compare(row.ResourcesPerBeneficiary.Value, 5882.7, "5882.7").Reproduces);
        Assert.Equal(8.0 / 7, row.PerceptionGap!.Value, 1e-9);
    }

    [Fact]
    public void Equal_costs_share_a_rank()
    {
        var rows = CostEffectiveness.Compare([new("x", 3, 3, 100, 10), new("y", 3, 3, 50, 5), new("z", 3, 3, 300, 10)]);

        Assert.Equal(new int?[] { 1, 1, 3 }, rows.Select(r => r.RankByResourcesPerBeneficiary));
    }

    [Fact]
    public void Perception_gaps_per_dimension_by_hand()
    {
        // Table 18, CITE-MADERA: output 4.0 - 3.7 = 0.3; exports 1.0 - 1.0 = 0; TFP 1.0 - 3.3 = -2.3
        var gaps = CostEffectiveness.PerceptionGaps([new("output", 4.0, 3.7), new("exports", 1.0, 1.0), new("tfp", 1.0, 3.3), new("poverty", 4.0, null)]);

        Assert.Equal(0.3, gaps[0].Gap!.Value, 1e-12);
        Assert.Equal(0, gaps[1].Gap);
        Assert.Equal(-2.3, gaps[2].Gap!.Value, 1e-12);
        Assert.Null(gaps[3].Gap);
        Assert.NotNull(gaps[3].Reason);
    }

    [Fact]
    public void Spending_per_firm_per_month_by_hand()
    {
        // 3,840,000 / 100,000 firms = 38.4 a year; 38.4 / 12 = 3.2 a month.
        var result = CostEffectiveness.SpendingPerFirmPerMonth(3_840_000, 100_000);

        Assert.Equal(38.4, result.SpendingPerFirm!.Value, 1e-12);
        Assert.Equal(3.2, result.SpendingPerFirmPerMonth!.Value, 1e-12);
        Assert.Equal(12, result.Months);
        Assert.Equal("3840000 / 100000", result.Working[0].Expression);
        Assert.Equal("38.4 / 12", result.Working[1].Expression);
    }

    [Fact]
    public void Spending_per_firm_with_no_firms_or_missing_inputs_is_null_with_a_reason()
    {
        var none = CostEffectiveness.SpendingPerFirmPerMonth(1000, 0);
        var missing = CostEffectiveness.SpendingPerFirmPerMonth(null, 10, 6);

        Assert.Null(none.SpendingPerFirmPerMonth);
        Assert.Contains("no firms", none.Reason, StringComparison.Ordinal);
        Assert.Null(missing.SpendingPerFirm);
        Assert.Equal("Total spending is missing.", missing.Reason);
    }

    [Theory]
    [InlineData(-1.0, 10.0, 12, "totalSpending")]
    [InlineData(10.0, double.NaN, 12, "firms")]
    [InlineData(10.0, 10.0, 0, "months")]
    public void Spending_per_firm_rejects_bad_inputs(double total, double firms, int months, string parameter)
    {
        var e = Assert.Throws<IndicatorInputException>(() => CostEffectiveness.SpendingPerFirmPerMonth(total, firms, months));
        Assert.Equal(parameter, e.Parameter);
    }

    [Fact]
    public void Compare_rejects_bad_inputs_by_position()
    {
        Assert.Equal("institutions", Assert.Throws<IndicatorInputException>(() => CostEffectiveness.Compare([])).Parameter);
        Assert.Equal("institutions[1].institutionId",
            Assert.Throws<IndicatorInputException>(() => CostEffectiveness.Compare([new("a", 1, 1, 1, 1), new("a", 1, 1, 1, 1)])).Parameter);
        Assert.Equal("institutions[0].beneficiaries",
            Assert.Throws<IndicatorInputException>(() => CostEffectiveness.Compare([new("a", 1, 1, 1, -3)])).Parameter);
        Assert.Equal("institutions[0].resources",
            Assert.Throws<IndicatorInputException>(() => CostEffectiveness.Compare([new("a", 1, 1, double.PositiveInfinity, 3)])).Parameter);
        Assert.Equal("institutions[0].beneficiaryImpactScore",
            Assert.Throws<IndicatorInputException>(() => CostEffectiveness.Compare([new("a", 1, double.NaN, 1, 3)])).Parameter);
    }

    [Fact]
    public void Perception_gaps_reject_a_repeated_dimension()
    {
        var e = Assert.Throws<IndicatorInputException>(() => CostEffectiveness.PerceptionGaps([new("tfp", 1, 2), new("tfp", 3, 4)]));
        Assert.Equal("scores[1].dimension", e.Parameter);
    }

    [Fact]
    public void Cheaper_per_beneficiary_ranks_no_worse_on_impact_per_resource_at_equal_scores()
    {
        // With the same score everywhere, impact per resource is score / cost: the two rankings mirror each other.
        Gen.Select(Gen.Double[1, 1e6], Gen.Double[1, 1e4]).Array[1, 15].Sample(pairs =>
        {
            var rows = CostEffectiveness.Compare([.. pairs.Select((p, i) => new InstitutionCostInput("i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 3, 3, p.Item1, p.Item2))]);
            foreach (var row in rows)
                Assert.Equal(row.RankByResourcesPerBeneficiary, row.RankByInstitutionImpactPerResource);
        });
    }
}
