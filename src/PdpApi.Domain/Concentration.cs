using System.Globalization;

namespace PdpApi.Domain;

/// <summary>One category's share of the total.</summary>
/// <param name="Id">The category (firm, sector, product...).</param>
/// <param name="Value">The value given for it.</param>
/// <param name="SharePercent">Its value as a percent of the total of the values given.</param>
/// <param name="Rank">1 for the largest; equal values share a rank (1, 2, 2, 4).</param>
public sealed record CategoryShare(string Id, double Value, double SharePercent, int Rank);

/// <summary>Concentration of a total across categories.</summary>
public sealed record ConcentrationResult
{
    /// <summary>The number of categories given (n), including any with a value of 0.</summary>
    public required int N { get; init; }

    /// <summary>The sum of the values given. When the values are shares that do not add up to 100, they were normalised by this total.</summary>
    public required double InputTotal { get; init; }

    /// <summary>The categories, largest first, with their shares of the total.</summary>
    public required IReadOnlyList<CategoryShare> Shares { get; init; }

    /// <summary>The number of largest categories in the concentration ratio.</summary>
    public required int K { get; init; }

    /// <summary>CR-k: the sum of the k largest shares, percent of the total.</summary>
    public required double ConcentrationRatioPercent { get; init; }

    /// <summary>Herfindahl-Hirschman index: the sum of squared shares, shares as fractions; in [1/n, 1].</summary>
    public required double Hhi { get; init; }

    /// <summary>The same index on the 0-10,000 scale (shares in percent).</summary>
    public required double HhiPoints { get; init; }

    /// <summary>(HHI - 1/n) / (1 - 1/n), in [0, 1]; null when n = 1 (see <see cref="NormalisedHhiReason"/>).</summary>
    public required double? NormalisedHhi { get; init; }

    /// <summary>Why <see cref="NormalisedHhi"/> is null; null when it has a value.</summary>
    public required string? NormalisedHhiReason { get; init; }

    /// <summary>1 / HHI: the number of equal-sized categories that would give the same index.</summary>
    public required double EquivalentNumber { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>Concentration ratios and Herfindahl-Hirschman indices of values (or shares) across categories.</summary>
public static class Concentration
{
    /// <summary>
    /// Concentration of the values across categories. Shares are each value divided by the total of the values given,
    /// so shares that do not add up to 100 are normalised (<see cref="ConcentrationResult.InputTotal"/> says by what).
    /// </summary>
    /// <param name="values">One (id, value) per category: values or shares, each finite and at least 0.</param>
    /// <param name="k">How many of the largest categories CR-k adds up: 1 to n.</param>
    /// <exception cref="IndicatorInputException">
    /// <c>values</c> null, empty or adding up to 0; <c>values[i].id</c> empty or repeated; <c>values[i].value</c>
    /// negative or not finite; <c>k</c> outside 1..n.
    /// </exception>
    public static ConcentrationResult Describe(IReadOnlyList<(string Id, double Value)> values, int k)
    {
        if (values is null || values.Count == 0)
            throw new IndicatorInputException("values", "Give at least one (id, value) pair.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i].Id))
                throw new IndicatorInputException($"values[{i}].id", "Each category needs a non-empty id.");
            if (!seen.Add(values[i].Id))
                throw new IndicatorInputException($"values[{i}].id", $"The id '{values[i].Id}' appears more than once.");
            if (!double.IsFinite(values[i].Value) || values[i].Value < 0)
                throw new IndicatorInputException($"values[{i}].value", "The value must be a finite number >= 0.");
        }
        var n = values.Count;
        if (k < 1 || k > n)
            throw new IndicatorInputException("k", $"k must be between 1 and the number of categories ({n}).");
        var sorted = values.Select((v, index) => (v, index)).OrderByDescending(x => x.v.Value).ThenBy(x => x.index).Select(x => x.v).ToList();
        // Added largest first, the same order as the CR-k sums, so that CR-n is exactly 100.
        var total = sorted.Sum(v => v.Value);
        if (!(total > 0))
            throw new IndicatorInputException("values", "The values must add up to more than 0.");

        var working = new List<WorkingStep>
        {
            new("total of the values given (largest first)", string.Join(" + ", sorted.Select(v => F(v.Value))), total),
        };

        var shares = new List<CategoryShare>(n);
        for (var i = 0; i < n; i++)
        {
            var rank = i > 0 && sorted[i].Value == sorted[i - 1].Value ? shares[i - 1].Rank : i + 1;
            shares.Add(new CategoryShare(sorted[i].Id, sorted[i].Value, sorted[i].Value / total * 100, rank));
        }

        var top = shares.Take(k).ToList();
        var crk = top.Sum(s => s.Value) / total * 100;
        working.Add(new($"CR-{k} (percent of the total)", $"({string.Join(" + ", top.Select(s => F(s.Value)))}) / {F(total)} x 100", crk));

        var fractions = shares.Select(s => s.Value / total).ToList();
        // Rounding can put a sum of squares a hair outside [1/n, 1]; the index is defined within it.
        var hhi = Math.Clamp(fractions.Sum(s => s * s), 1.0 / n, 1);
        working.Add(new("HHI (shares as fractions)", string.Join(" + ", fractions.Select(s => $"{F(s)}^2")), hhi));
        var points = hhi * 10_000;
        working.Add(new("HHI (0-10,000 scale)", $"{F(hhi)} x 10000", points));

        double? normalised = null;
        string? normalisedReason = null;
        if (n > 1)
        {
            normalised = Math.Clamp((hhi - 1.0 / n) / (1 - 1.0 / n), 0, 1);
            working.Add(new("normalised HHI", $"({F(hhi)} - 1/{n}) / (1 - 1/{n})", normalised.Value));
        }
        else
        {
            normalisedReason = "With one category (n = 1) the normalised index (HHI - 1/n) / (1 - 1/n) divides by 0.";
        }

        var equivalent = 1 / hhi;
        working.Add(new("equivalent number of equal-sized categories", $"1 / {F(hhi)}", equivalent));

        return new ConcentrationResult
        {
            N = n,
            InputTotal = Math.Round(total, 10),
            Shares = shares,
            K = k,
            ConcentrationRatioPercent = crk,
            Hhi = hhi,
            HhiPoints = points,
            NormalisedHhi = normalised,
            NormalisedHhiReason = normalisedReason,
            EquivalentNumber = equivalent,
            Working = working,
        };
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
