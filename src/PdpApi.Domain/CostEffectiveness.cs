using System.Globalization;

namespace PdpApi.Domain;

/// <summary>An institution's perceived impact, its resources and its beneficiaries (Table 18).</summary>
/// <param name="InstitutionId">The institution or programme.</param>
/// <param name="InstitutionImpactScore">The mean impact score the institution gives itself, on the survey's scale (1-5); null when missing.</param>
/// <param name="BeneficiaryImpactScore">The mean impact score its beneficiaries give it, same scale; null when missing.</param>
/// <param name="Resources">Its resources over the reference period (for example expenditure in US$ or millions of US$), at least 0; null when missing.</param>
/// <param name="Beneficiaries">The number of beneficiaries over the same period, at least 0; null when missing.</param>
public sealed record InstitutionCostInput(string InstitutionId, double? InstitutionImpactScore, double? BeneficiaryImpactScore, double? Resources, double? Beneficiaries);

/// <summary>An institution's cost per beneficiary, impact per unit of that cost, and its ranks among the institutions given.</summary>
public sealed record InstitutionCostEffectiveness
{
    /// <summary>The inputs used, as given.</summary>
    public required InstitutionCostInput Input { get; init; }

    /// <summary>Resources / beneficiaries, in the unit of the resources; null when either is missing or beneficiaries are 0.</summary>
    public required double? ResourcesPerBeneficiary { get; init; }

    /// <summary>Why <see cref="ResourcesPerBeneficiary"/> is null; null when it has a value.</summary>
    public required string? ResourcesPerBeneficiaryReason { get; init; }

    /// <summary>The institution's own mean impact score / resources per beneficiary: score points per unit of resources per beneficiary.</summary>
    public required double? InstitutionImpactPerResource { get; init; }

    /// <summary>Why <see cref="InstitutionImpactPerResource"/> is null; null when it has a value.</summary>
    public required string? InstitutionImpactPerResourceReason { get; init; }

    /// <summary>The beneficiaries' mean impact score / resources per beneficiary.</summary>
    public required double? BeneficiaryImpactPerResource { get; init; }

    /// <summary>Why <see cref="BeneficiaryImpactPerResource"/> is null; null when it has a value.</summary>
    public required string? BeneficiaryImpactPerResourceReason { get; init; }

    /// <summary>Institution's mean score minus beneficiaries' mean score (positive: the institution rates itself higher).</summary>
    public required double? PerceptionGap { get; init; }

    /// <summary>Why <see cref="PerceptionGap"/> is null; null when it has a value.</summary>
    public required string? PerceptionGapReason { get; init; }

    /// <summary>Rank by resources per beneficiary, 1 for the lowest (cheapest per beneficiary); null when not computed.</summary>
    public required int? RankByResourcesPerBeneficiary { get; init; }

    /// <summary>Rank by the institution's impact per resource, 1 for the highest; null when not computed.</summary>
    public required int? RankByInstitutionImpactPerResource { get; init; }

    /// <summary>Rank by the beneficiaries' impact per resource, 1 for the highest; null when not computed.</summary>
    public required int? RankByBeneficiaryImpactPerResource { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>One dimension scored by an institution and by its beneficiaries (Tables 12 and 18).</summary>
/// <param name="Dimension">What is scored ("exports", "tfp", ...).</param>
/// <param name="InstitutionScore">The institution's score; null when missing.</param>
/// <param name="BeneficiaryScore">The beneficiaries' score; null when missing.</param>
public sealed record PerceptionScore(string Dimension, double? InstitutionScore, double? BeneficiaryScore);

/// <summary>The gap between the institution's and the beneficiaries' scores on one dimension.</summary>
public sealed record DimensionPerceptionGap
{
    /// <summary>The dimension.</summary>
    public required string Dimension { get; init; }

    /// <summary>The institution's score.</summary>
    public required double? InstitutionScore { get; init; }

    /// <summary>The beneficiaries' score.</summary>
    public required double? BeneficiaryScore { get; init; }

    /// <summary>Institution minus beneficiaries; null when either score is missing.</summary>
    public required double? Gap { get; init; }

    /// <summary>Why <see cref="Gap"/> is null; null when it has a value.</summary>
    public required string? Reason { get; init; }
}

/// <summary>Spending per firm and per month.</summary>
public sealed record SpendingPerFirmResult
{
    /// <summary>Total spending over the period, as given.</summary>
    public required double? TotalSpending { get; init; }

    /// <summary>The number of firms, as given.</summary>
    public required double? Firms { get; init; }

    /// <summary>The number of months the spending covers.</summary>
    public required int Months { get; init; }

    /// <summary>Total spending / firms; null when an input is missing or there are no firms.</summary>
    public required double? SpendingPerFirm { get; init; }

    /// <summary>Total spending / firms / months; null when an input is missing or there are no firms.</summary>
    public required double? SpendingPerFirmPerMonth { get; init; }

    /// <summary>Why the results are null; null when they have values.</summary>
    public required string? Reason { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>Cost per beneficiary, perceived impact per unit of cost, and the gap between institutions' and beneficiaries' perceptions.</summary>
public static class CostEffectiveness
{
    /// <summary>
    /// For each institution: resources per beneficiary, each view's mean impact score per unit of resources per
    /// beneficiary, and the perception gap; with ranks among the institutions given (equal values share a rank,
    /// institutions without a value have none).
    /// </summary>
    /// <exception cref="IndicatorInputException">
    /// <c>institutions</c> null or empty; <c>institutions[i].institutionId</c> empty or repeated; a score not finite;
    /// <c>institutions[i].resources</c> or <c>institutions[i].beneficiaries</c> negative or not finite.
    /// </exception>
    public static IReadOnlyList<InstitutionCostEffectiveness> Compare(IReadOnlyList<InstitutionCostInput> institutions)
    {
        if (institutions is null || institutions.Count == 0)
            throw new IndicatorInputException("institutions", "Give at least one institution.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < institutions.Count; i++)
        {
            var x = institutions[i] ?? throw new IndicatorInputException($"institutions[{i}]", "Each institution must be given.");
            if (string.IsNullOrWhiteSpace(x.InstitutionId))
                throw new IndicatorInputException($"institutions[{i}].institutionId", "Each institution needs a non-empty id.");
            if (!seen.Add(x.InstitutionId))
                throw new IndicatorInputException($"institutions[{i}].institutionId", $"The id '{x.InstitutionId}' appears more than once.");
            if (x.InstitutionImpactScore is { } s1 && !double.IsFinite(s1))
                throw new IndicatorInputException($"institutions[{i}].institutionImpactScore", "The score must be a finite number or null.");
            if (x.BeneficiaryImpactScore is { } s2 && !double.IsFinite(s2))
                throw new IndicatorInputException($"institutions[{i}].beneficiaryImpactScore", "The score must be a finite number or null.");
            if (x.Resources is { } r && (!double.IsFinite(r) || r < 0))
                throw new IndicatorInputException($"institutions[{i}].resources", "Resources must be a finite number >= 0, or null.");
            if (x.Beneficiaries is { } b && (!double.IsFinite(b) || b < 0))
                throw new IndicatorInputException($"institutions[{i}].beneficiaries", "Beneficiaries must be a finite number >= 0, or null.");
        }

        var rows = institutions.Select(Evaluate).ToList();
        var byCost = Ranks(rows.Select(r => r.ResourcesPerBeneficiary).ToList(), descending: false);
        var byInstitution = Ranks(rows.Select(r => r.InstitutionImpactPerResource).ToList(), descending: true);
        var byBeneficiary = Ranks(rows.Select(r => r.BeneficiaryImpactPerResource).ToList(), descending: true);
        return rows.Select((r, i) => r with
        {
            RankByResourcesPerBeneficiary = byCost[i],
            RankByInstitutionImpactPerResource = byInstitution[i],
            RankByBeneficiaryImpactPerResource = byBeneficiary[i],
        }).ToList();
    }

    /// <summary>The institution's score minus the beneficiaries' score on each dimension; null with a reason when either is missing.</summary>
    /// <exception cref="IndicatorInputException">
    /// <c>scores</c> null or empty; <c>scores[i].dimension</c> empty or repeated; a score not finite.
    /// </exception>
    public static IReadOnlyList<DimensionPerceptionGap> PerceptionGaps(IReadOnlyList<PerceptionScore> scores)
    {
        if (scores is null || scores.Count == 0)
            throw new IndicatorInputException("scores", "Give at least one scored dimension.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i] ?? throw new IndicatorInputException($"scores[{i}]", "Each dimension must be given.");
            if (string.IsNullOrWhiteSpace(s.Dimension))
                throw new IndicatorInputException($"scores[{i}].dimension", "Each score needs its dimension.");
            if (!seen.Add(s.Dimension))
                throw new IndicatorInputException($"scores[{i}].dimension", $"The dimension '{s.Dimension}' appears more than once.");
            if (s.InstitutionScore is { } a && !double.IsFinite(a))
                throw new IndicatorInputException($"scores[{i}].institutionScore", "The score must be a finite number or null.");
            if (s.BeneficiaryScore is { } b && !double.IsFinite(b))
                throw new IndicatorInputException($"scores[{i}].beneficiaryScore", "The score must be a finite number or null.");
        }

        return scores.Select(s =>
        {
            var (gap, reason) = Gap(s.InstitutionScore, s.BeneficiaryScore);
            return new DimensionPerceptionGap
            {
                Dimension = s.Dimension, InstitutionScore = s.InstitutionScore, BeneficiaryScore = s.BeneficiaryScore,
                Gap = gap, Reason = reason,
            };
        }).ToList();
    }

    /// <summary>
    /// Spending per firm and per firm per month: total spending / firms / months (for example a year's spending on
    /// small and micro firms, over 12 months).
    /// </summary>
    /// <param name="totalSpending">Total spending over the period, at least 0; null when missing.</param>
    /// <param name="firms">The number of firms, at least 0; null when missing.</param>
    /// <param name="months">The months the spending covers, at least 1.</param>
    /// <exception cref="IndicatorInputException">
    /// <c>totalSpending</c> or <c>firms</c> negative or not finite; <c>months</c> below 1.
    /// </exception>
    public static SpendingPerFirmResult SpendingPerFirmPerMonth(double? totalSpending, double? firms, int months = 12)
    {
        if (totalSpending is { } t && (!double.IsFinite(t) || t < 0))
            throw new IndicatorInputException("totalSpending", "Total spending must be a finite number >= 0, or null.");
        if (firms is { } f && (!double.IsFinite(f) || f < 0))
            throw new IndicatorInputException("firms", "The number of firms must be a finite number >= 0, or null.");
        if (months < 1)
            throw new IndicatorInputException("months", "The spending must cover at least 1 month.");

        SpendingPerFirmResult Result(double? perFirm, double? perMonth, string? reason, IReadOnlyList<WorkingStep> working) => new()
        {
            TotalSpending = totalSpending, Firms = firms, Months = months, SpendingPerFirm = perFirm,
            SpendingPerFirmPerMonth = perMonth, Reason = reason, Working = working,
        };

        if (totalSpending is null)
            return Result(null, null, "Total spending is missing.", []);
        if (firms is null)
            return Result(null, null, "The number of firms is missing.", []);
        if (firms == 0)
            return Result(null, null, "There are no firms (0): spending per firm is undefined.", []);

        var perFirm = totalSpending.Value / firms.Value;
        var perMonth = perFirm / months;
        return Result(perFirm, perMonth, null,
        [
            new WorkingStep("spending per firm", $"{F(totalSpending.Value)} / {F(firms.Value)}", perFirm),
            new WorkingStep("spending per firm per month", $"{F(perFirm)} / {months}", perMonth),
        ]);
    }

    private static InstitutionCostEffectiveness Evaluate(InstitutionCostInput x)
    {
        var working = new List<WorkingStep>();
        double? perBeneficiary = null;
        string? perBeneficiaryReason = null;
        if (x.Resources is null)
            perBeneficiaryReason = "Resources are missing.";
        else if (x.Beneficiaries is null)
            perBeneficiaryReason = "The number of beneficiaries is missing.";
        else if (x.Beneficiaries == 0)
            perBeneficiaryReason = "There are no beneficiaries (0): resources per beneficiary are undefined.";
        else
        {
            perBeneficiary = x.Resources.Value / x.Beneficiaries.Value;
            working.Add(new("resources per beneficiary", $"{F(x.Resources.Value)} / {F(x.Beneficiaries.Value)}", perBeneficiary.Value));
        }

        (double? Value, string? Reason) ImpactPerResource(double? score, string view)
        {
            if (score is null)
                return (null, $"The {view} impact score is missing.");
            if (perBeneficiary is null)
                return (null, perBeneficiaryReason);
            if (perBeneficiary == 0)
                return (null, "Resources per beneficiary are 0: impact per unit of resources is undefined.");
            var value = score.Value / perBeneficiary.Value;
            working.Add(new($"{view} impact per unit of resources per beneficiary", $"{F(score.Value)} / {F(perBeneficiary.Value)}", value));
            return (value, null);
        }

        var (institutionValue, institutionReason) = ImpactPerResource(x.InstitutionImpactScore, "institution's");
        var (beneficiaryValue, beneficiaryReason) = ImpactPerResource(x.BeneficiaryImpactScore, "beneficiaries'");
        var (gap, gapReason) = Gap(x.InstitutionImpactScore, x.BeneficiaryImpactScore);
        if (gap is not null)
            working.Add(new("perception gap (institution - beneficiaries)", $"{F(x.InstitutionImpactScore!.Value)} - {P(x.BeneficiaryImpactScore!.Value)}", gap.Value));

        return new InstitutionCostEffectiveness
        {
            Input = x,
            ResourcesPerBeneficiary = perBeneficiary,
            ResourcesPerBeneficiaryReason = perBeneficiaryReason,
            InstitutionImpactPerResource = institutionValue,
            InstitutionImpactPerResourceReason = institutionReason,
            BeneficiaryImpactPerResource = beneficiaryValue,
            BeneficiaryImpactPerResourceReason = beneficiaryReason,
            PerceptionGap = gap,
            PerceptionGapReason = gapReason,
            RankByResourcesPerBeneficiary = null,
            RankByInstitutionImpactPerResource = null,
            RankByBeneficiaryImpactPerResource = null,
            Working = working,
        };
    }

    private static (double? Gap, string? Reason) Gap(double? institution, double? beneficiary) =>
        institution is null ? (null, "The institution's score is missing.")
        : beneficiary is null ? (null, "The beneficiaries' score is missing.")
        // Scores are printed to one decimal: drop the binary noise of the subtraction (3.5 - 2.6 is 0.8999999999999999).
        : (Math.Round(institution.Value - beneficiary.Value, 10), null);

    // Competition ranks (1, 2, 2, 4); null values get no rank.
    private static int?[] Ranks(List<double?> values, bool descending)
    {
        var order = Enumerable.Range(0, values.Count).Where(i => values[i] is not null).ToList();
        order = descending
            ? [.. order.OrderByDescending(i => values[i]!.Value).ThenBy(i => i)]
            : [.. order.OrderBy(i => values[i]!.Value).ThenBy(i => i)];
        var ranks = new int?[values.Count];
        for (var position = 0; position < order.Count; position++)
        {
            ranks[order[position]] = position > 0 && values[order[position]] == values[order[position - 1]]
                ? ranks[order[position - 1]]
                : position + 1;
        }
        return ranks;
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    // A subtrahend: negative numbers in parentheses.
    private static string P(double value) => value < 0 ? $"({F(value)})" : F(value);
}
