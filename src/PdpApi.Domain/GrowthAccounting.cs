using System.Globalization;

namespace PdpApi.Domain;

/// <summary>A factor's contribution to output growth, in percentage points per year.</summary>
/// <param name="Factor">The factor ("labor", "capital").</param>
/// <param name="ContributionPoints">Its contribution: its share in income times its growth rate, percentage points.</param>
public sealed record FactorContribution(string Factor, double ContributionPoints);

/// <summary>Total factor productivity growth as the residual of output growth after the factors' contributions.</summary>
public sealed record TfpResidualResult
{
    /// <summary>Output (GDP) growth, percent per year.</summary>
    public required double OutputGrowthPercent { get; init; }

    /// <summary>The factor contributions subtracted, as given.</summary>
    public required IReadOnlyList<FactorContribution> Contributions { get; init; }

    /// <summary>The sum of the contributions, percentage points.</summary>
    public required double ContributionsTotal { get; init; }

    /// <summary>TFP growth (the Solow residual), percent per year.</summary>
    public required double TfpGrowthPercent { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>TFP growth from the growth rates of output, capital and labour and the capital share (Cobb-Douglas, constant returns).</summary>
public sealed record SolowResidualResult
{
    /// <summary>Output growth g_Y, percent per year.</summary>
    public required double OutputGrowthPercent { get; init; }

    /// <summary>Capital stock growth g_K, percent per year.</summary>
    public required double CapitalGrowthPercent { get; init; }

    /// <summary>Labour growth g_L, percent per year.</summary>
    public required double LabourGrowthPercent { get; init; }

    /// <summary>The capital share alpha, in (0, 1); labour's share is 1 - alpha.</summary>
    public required double CapitalShare { get; init; }

    /// <summary>alpha g_K, percentage points.</summary>
    public required double CapitalContributionPoints { get; init; }

    /// <summary>(1 - alpha) g_L, percentage points.</summary>
    public required double LabourContributionPoints { get; init; }

    /// <summary>TFP growth g_Y - alpha g_K - (1 - alpha) g_L, percent per year.</summary>
    public required double TfpGrowthPercent { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>Growth accounting: total factor productivity (TFP) growth as the part of output growth the factors do not explain.</summary>
/// <remarks>
/// Table 1, Part III ("Sources of Growth") prints, per period, rows Terms of Trade, TFP, Labor, Capital, Fixed Investment
/// Rate and GDP Growth. <see cref="Residual"/> reads Labor and Capital as contributions in percentage points and GDP
/// Growth as output growth, so TFP = GDP Growth - Labor - Capital. The Terms of Trade row is not a contribution: it
/// is the change in the terms of trade (22.6 in 2005-2007, three times GDP growth of 7.4), and subtracting it
/// reproduces no period (1991-2001: 3.8 + 0.5 - 1.2 - 1.1 = 2.0 against a printed 1.5). Without it the residual
/// reproduces the printed TFP row within the rounding of the four printed one-decimal figures in four of the five
/// periods (1981-1990: -3.9 against -4.0; 1991-2001: 1.5 against 1.5; 2005-2007: 1.8 against 1.9; 1995-2007: 0.1
/// against 0.0) but not in 2002-2004 (4.7 - 1.1 - 2.6 = 1.0 against a printed 0.0).
/// </remarks>
public static class GrowthAccounting
{
    /// <summary>
    /// TFP growth = output growth - the sum of the factors' contributions (each already weighted by the factor's
    /// share, in percentage points, as Table 1 prints them).
    /// </summary>
    /// <exception cref="IndicatorInputException">
    /// <c>outputGrowthPercent</c> not finite or not above -100; <c>contributions</c> null or empty;
    /// <c>contributions[i].factor</c> empty; <c>contributions[i].contributionPoints</c> not finite.
    /// </exception>
    public static TfpResidualResult Residual(double outputGrowthPercent, IReadOnlyList<FactorContribution> contributions)
    {
        RequireGrowth(outputGrowthPercent, "outputGrowthPercent");
        if (contributions is null || contributions.Count == 0)
            throw new IndicatorInputException("contributions", "Give at least one factor contribution (percentage points).");
        for (var i = 0; i < contributions.Count; i++)
        {
            var c = contributions[i] ?? throw new IndicatorInputException($"contributions[{i}]", "Each contribution must be given.");
            if (string.IsNullOrWhiteSpace(c.Factor))
                throw new IndicatorInputException($"contributions[{i}].factor", "Each contribution needs the factor's name.");
            if (!double.IsFinite(c.ContributionPoints))
                throw new IndicatorInputException($"contributions[{i}].contributionPoints", "The contribution must be a finite number (percentage points).");
        }

        var total = contributions.Sum(c => c.ContributionPoints);
        var tfp = outputGrowthPercent - total;
        var working = new List<WorkingStep>
        {
            new($"sum of contributions ({string.Join(" + ", contributions.Select(c => c.Factor))})", string.Join(" + ", contributions.Select(c => F(c.ContributionPoints))), total),
            new("TFP growth (percent per year)", $"{F(outputGrowthPercent)} - {string.Join(" - ", contributions.Select(c => P(c.ContributionPoints)))}", tfp),
        };
        return new TfpResidualResult
        {
            OutputGrowthPercent = outputGrowthPercent,
            Contributions = contributions.ToArray(),
            ContributionsTotal = total,
            TfpGrowthPercent = tfp,
            Working = working,
        };
    }

    /// <summary>The Solow residual: TFP growth = g_Y - alpha g_K - (1 - alpha) g_L.</summary>
    /// <param name="outputGrowthPercent">Output growth, percent per year, above -100.</param>
    /// <param name="capitalGrowthPercent">Capital stock growth, percent per year, above -100.</param>
    /// <param name="labourGrowthPercent">Labour (employment or hours) growth, percent per year, above -100.</param>
    /// <param name="capitalShare">Capital's share of income alpha, strictly between 0 and 1.</param>
    /// <exception cref="IndicatorInputException">A growth rate not finite or not above -100; <c>capitalShare</c> outside (0, 1).</exception>
    public static SolowResidualResult Solow(double outputGrowthPercent, double capitalGrowthPercent, double labourGrowthPercent, double capitalShare)
    {
        RequireGrowth(outputGrowthPercent, "outputGrowthPercent");
        RequireGrowth(capitalGrowthPercent, "capitalGrowthPercent");
        RequireGrowth(labourGrowthPercent, "labourGrowthPercent");
        if (!double.IsFinite(capitalShare) || capitalShare <= 0 || capitalShare >= 1)
            throw new IndicatorInputException("capitalShare", "The capital share must be a number strictly between 0 and 1.");

        var capital = capitalShare * capitalGrowthPercent;
        var labourShare = 1 - capitalShare;
        var labour = labourShare * labourGrowthPercent;
        var tfp = outputGrowthPercent - capital - labour;
        var working = new List<WorkingStep>
        {
            new("capital contribution (percentage points)", $"{F(capitalShare)} x {F(capitalGrowthPercent)}", capital),
            new("labour contribution (percentage points)", $"(1 - {F(capitalShare)}) x {F(labourGrowthPercent)}", labour),
            new("TFP growth (percent per year)", $"{F(outputGrowthPercent)} - {P(capital)} - {P(labour)}", tfp),
        };
        return new SolowResidualResult
        {
            OutputGrowthPercent = outputGrowthPercent,
            CapitalGrowthPercent = capitalGrowthPercent,
            LabourGrowthPercent = labourGrowthPercent,
            CapitalShare = capitalShare,
            CapitalContributionPoints = capital,
            LabourContributionPoints = labour,
            TfpGrowthPercent = tfp,
            Working = working,
        };
    }

    private static void RequireGrowth(double value, string parameter)
    {
        if (!double.IsFinite(value) || value <= -100)
            throw new IndicatorInputException(parameter, "A growth rate must be a finite number of percent above -100.");
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    // A subtrahend: negative numbers in parentheses, so "4.7 - (-0.5)" reads unambiguously.
    private static string P(double value) => value < 0 ? $"({F(value)})" : F(value);
}
