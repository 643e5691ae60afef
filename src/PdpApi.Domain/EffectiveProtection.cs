using System.Globalization;

namespace PdpApi.Domain;

/// <summary>An intermediate input of an activity, for the effective rate of protection.</summary>
/// <param name="Id">The input's name or code, used in the working; may be null.</param>
/// <param name="Coefficient">
/// The input's cost as a share of the value of the activity's output, both at free-trade (world) prices: in [0, 1).
/// </param>
/// <param name="TariffPercent">
/// The nominal tariff (or nominal rate of protection) on the input, percent, above -100. Required for a traded input;
/// ignored for a non-traded one (neither method gives non-traded inputs a tariff).
/// </param>
/// <param name="IsTraded">Whether the input is internationally traded (true) or non-traded, such as most services.</param>
public sealed record ProtectionInput(string? Id, double Coefficient, double? TariffPercent, bool IsTraded = true);

/// <summary>How non-traded inputs are treated in an effective rate of protection.</summary>
public enum EffectiveProtectionMethod
{
    /// <summary>Non-traded inputs are counted as part of value added (Corden).</summary>
    Corden,

    /// <summary>Non-traded inputs are counted as inputs with a zero tariff (Balassa).</summary>
    Balassa,
}

/// <summary>An activity's effective rate of protection and the value-added share it rests on.</summary>
public sealed record EffectiveProtectionResult
{
    /// <summary>How non-traded inputs were treated.</summary>
    public required EffectiveProtectionMethod Method { get; init; }

    /// <summary>The nominal tariff on the output, percent.</summary>
    public required double OutputTariffPercent { get; init; }

    /// <summary>The inputs used, as given.</summary>
    public required IReadOnlyList<ProtectionInput> Inputs { get; init; }

    /// <summary>The sum of the coefficients of the traded inputs.</summary>
    public required double TradedInputShare { get; init; }

    /// <summary>The sum of the coefficients of the non-traded inputs.</summary>
    public required double NonTradedInputShare { get; init; }

    /// <summary>
    /// Value added per unit of output at free-trade prices, the denominator of the rate: 1 minus the traded input share
    /// (Corden) or 1 minus all input shares (Balassa).
    /// </summary>
    public required double ValueAddedShare { get; init; }

    /// <summary>The effective rate of protection, percent: the change in value added per unit of output that the tariff structure allows.</summary>
    public required double ErpPercent { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>An activity's place in a ranking by effective rate of protection.</summary>
/// <param name="Id">The activity.</param>
/// <param name="ErpPercent">Its effective rate of protection, percent; null when not available.</param>
/// <param name="Rank">1 for the highest rate; equal rates share a rank (1, 2, 2, 4); null when the rate is null.</param>
public sealed record ProtectionRank(string Id, double? ErpPercent, int? Rank);

/// <summary>
/// Effective rates of protection (ERP): the proportional change in an activity's value added per unit of output that
/// the tariffs on its output and on its inputs allow, compared with free trade.
/// </summary>
/// <remarks>
/// With output tariff t, traded inputs i with free-trade cost shares a_i and tariffs t_i, and non-traded inputs n with
/// cost shares a_n, the two standard treatments of non-traded inputs differ only in the denominator:
/// <list type="bullet">
/// <item><description>
/// Corden: ERP = (t - sum_i a_i t_i) / (1 - sum_i a_i). Non-traded inputs are put together with the primary factors,
/// as part of value added (the protected "value added" is that of the activity and of the non-traded inputs it buys).
/// </description></item>
/// <item><description>
/// Balassa: ERP = (t - sum_i a_i t_i) / (1 - sum_i a_i - sum_n a_n). Non-traded inputs are treated as traded inputs
/// with a zero tariff: their cost is deducted from value added, and their price is taken as unchanged by protection.
/// </description></item>
/// </list>
/// The numerators are the same, so with no non-traded inputs the two agree; otherwise Balassa's smaller value-added
/// share makes its rate larger in absolute value, with the same sign. Rates work in percent: the formula is linear in
/// the tariffs, so percent in gives percent out.
/// </remarks>
public static class EffectiveProtection
{
    /// <summary>Effective rate of protection with non-traded inputs counted as value added (Corden).</summary>
    /// <exception cref="IndicatorInputException">See <see cref="Compute"/>.</exception>
    public static EffectiveProtectionResult Corden(double outputTariffPercent, IReadOnlyList<ProtectionInput> inputs) =>
        Compute(outputTariffPercent, inputs, EffectiveProtectionMethod.Corden);

    /// <summary>Effective rate of protection with non-traded inputs counted as inputs with a zero tariff (Balassa).</summary>
    /// <exception cref="IndicatorInputException">See <see cref="Compute"/>.</exception>
    public static EffectiveProtectionResult Balassa(double outputTariffPercent, IReadOnlyList<ProtectionInput> inputs) =>
        Compute(outputTariffPercent, inputs, EffectiveProtectionMethod.Balassa);

    /// <summary>Effective rate of protection of an activity by the chosen treatment of non-traded inputs.</summary>
    /// <param name="outputTariffPercent">The nominal tariff on the output, percent, above -100.</param>
    /// <param name="inputs">The intermediate inputs; may be empty (the rate is then the output tariff).</param>
    /// <param name="method">Corden or Balassa.</param>
    /// <exception cref="IndicatorInputException">
    /// <c>outputTariffPercent</c> not finite or not above -100; <c>inputs</c> null, or coefficients adding up to 1 or
    /// more (no value added at free-trade prices); <c>inputs[i].coefficient</c> outside [0, 1);
    /// <c>inputs[i].tariffPercent</c> missing for a traded input, not finite or not above -100; <c>method</c> unknown.
    /// </exception>
    public static EffectiveProtectionResult Compute(double outputTariffPercent, IReadOnlyList<ProtectionInput> inputs, EffectiveProtectionMethod method)
    {
        if (!double.IsFinite(outputTariffPercent) || outputTariffPercent <= -100)
            throw new IndicatorInputException("outputTariffPercent", "The output tariff must be a finite number of percent above -100.");
        if (inputs is null)
            throw new IndicatorInputException("inputs", "Give the list of inputs (it may be empty).");
        if (method is not (EffectiveProtectionMethod.Corden or EffectiveProtectionMethod.Balassa))
            throw new IndicatorInputException("method", "The method must be Corden or Balassa.");
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i] ?? throw new IndicatorInputException($"inputs[{i}]", "Each input must be given.");
            if (!double.IsFinite(input.Coefficient) || input.Coefficient < 0 || input.Coefficient >= 1)
                throw new IndicatorInputException($"inputs[{i}].coefficient", "The coefficient is the input's share of the output's value at free-trade prices: a number in [0, 1).");
            if (input.IsTraded)
            {
                if (input.TariffPercent is not { } tariff)
                    throw new IndicatorInputException($"inputs[{i}].tariffPercent", "A traded input needs its tariff (percent).");
                if (!double.IsFinite(tariff) || tariff <= -100)
                    throw new IndicatorInputException($"inputs[{i}].tariffPercent", "The tariff must be a finite number of percent above -100.");
            }
        }

        var traded = inputs.Where(x => x.IsTraded).ToList();
        var nonTraded = inputs.Where(x => !x.IsTraded).ToList();
        var tradedShare = traded.Sum(x => x.Coefficient);
        var nonTradedShare = nonTraded.Sum(x => x.Coefficient);
        if (tradedShare + nonTradedShare >= 1)
            throw new IndicatorInputException("inputs", $"The input coefficients add up to {F(tradedShare + nonTradedShare)}; they must add up to less than 1, or the activity has no value added at free-trade prices.");

        var working = new List<WorkingStep>
        {
            new("traded input share", traded.Count == 0 ? "0" : string.Join(" + ", traded.Select(x => F(x.Coefficient))), tradedShare),
        };
        if (nonTraded.Count > 0)
            working.Add(new("non-traded input share", string.Join(" + ", nonTraded.Select(x => F(x.Coefficient))), nonTradedShare));

        var inputTariffCost = traded.Sum(x => x.Coefficient * x.TariffPercent!.Value);
        working.Add(new("tariff on traded inputs per unit of output (percent)",
            traded.Count == 0 ? "0" : string.Join(" + ", traded.Select(x => $"{F(x.Coefficient)} x {F(x.TariffPercent!.Value)}")), inputTariffCost));

        double valueAdded;
        if (method == EffectiveProtectionMethod.Corden)
        {
            valueAdded = 1 - tradedShare;
            working.Add(new("value-added share (Corden: non-traded inputs count as value added)", $"1 - {F(tradedShare)}", valueAdded));
        }
        else
        {
            valueAdded = 1 - tradedShare - nonTradedShare;
            working.Add(new("value-added share (Balassa: non-traded inputs count as inputs with a zero tariff)", $"1 - {F(tradedShare)} - {F(nonTradedShare)}", valueAdded));
        }

        var erp = (outputTariffPercent - inputTariffCost) / valueAdded;
        if (!double.IsFinite(erp))
            throw new IndicatorInputException("outputTariffPercent", "The tariffs are too large to compute with; give rates of a realistic size (percent).");
        working.Add(new("effective rate of protection (percent)", $"({F(outputTariffPercent)} - {F(inputTariffCost)}) / {F(valueAdded)}", erp));

        return new EffectiveProtectionResult
        {
            Method = method,
            OutputTariffPercent = outputTariffPercent,
            Inputs = inputs.ToArray(),
            TradedInputShare = tradedShare,
            NonTradedInputShare = nonTradedShare,
            ValueAddedShare = valueAdded,
            ErpPercent = erp,
            Working = working,
        };
    }

    /// <summary>
    /// Ranks activities by effective rate of protection, highest first. Equal rates share a rank and the next rank skips
    /// (1, 2, 2, 4); activities without a rate come last, in the order given, with a null rank.
    /// </summary>
    /// <exception cref="IndicatorInputException">
    /// <c>items</c> null; <c>items[i].id</c> empty or repeated; <c>items[i].erp</c> not finite.
    /// </exception>
    public static IReadOnlyList<ProtectionRank> Rank(IReadOnlyList<(string Id, double? Erp)> items)
    {
        if (items is null)
            throw new IndicatorInputException("items", "Give the list of (id, rate) pairs (it may be empty).");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i].Id))
                throw new IndicatorInputException($"items[{i}].id", "Each item needs a non-empty id.");
            if (!seen.Add(items[i].Id))
                throw new IndicatorInputException($"items[{i}].id", $"The id '{items[i].Id}' appears more than once.");
            if (items[i].Erp is { } erp && !double.IsFinite(erp))
                throw new IndicatorInputException($"items[{i}].erp", "The rate must be a finite number (percent) or null.");
        }

        var ranked = items
            .Select((item, index) => (item, index))
            .Where(x => x.item.Erp is not null)
            .OrderByDescending(x => x.item.Erp!.Value)
            .ThenBy(x => x.index)
            .ToList();
        var result = new List<ProtectionRank>(items.Count);
        for (var position = 0; position < ranked.Count; position++)
        {
            var rank = position > 0 && ranked[position].item.Erp == ranked[position - 1].item.Erp
                ? result[position - 1].Rank
                : position + 1;
            result.Add(new ProtectionRank(ranked[position].item.Id, ranked[position].item.Erp, rank));
        }
        result.AddRange(items.Where(x => x.Erp is null).Select(x => new ProtectionRank(x.Id, null, null)));
        return result;
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
