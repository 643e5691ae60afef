using System.Globalization;

namespace PdpApi.Domain;

/// <summary>Which correlation coefficient.</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment correlation of the values.</summary>
    Pearson,

    /// <summary>Spearman's rank correlation: Pearson's r of the ranks, tied values sharing their average rank.</summary>
    Spearman,
}

/// <summary>The t test of a correlation coefficient against zero.</summary>
public sealed record CorrelationTest
{
    /// <summary>The coefficient tested.</summary>
    public required double R { get; init; }

    /// <summary>The number of pairs it was computed from.</summary>
    public required int N { get; init; }

    /// <summary>n - 2.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>t = r sqrt((n - 2) / (1 - r^2)); null when n = 2 or |r| = 1 (see <see cref="TReason"/>).</summary>
    public required double? T { get; init; }

    /// <summary>Why <see cref="T"/> is null; null when it has a value.</summary>
    public required string? TReason { get; init; }

    /// <summary>The two-sided p-value from Student's t with n - 2 degrees of freedom; null when n = 2.</summary>
    public required double? PValue { get; init; }

    /// <summary>Why <see cref="PValue"/> is null; null when it has a value.</summary>
    public required string? PValueReason { get; init; }

    /// <summary>p &lt; 0.05; null when there is no p-value.</summary>
    public required bool? SignificantAt5Percent { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>A correlation coefficient of paired observations and its test against zero.</summary>
public sealed record CorrelationResult
{
    /// <summary>Pearson or Spearman.</summary>
    public required CorrelationMethod Method { get; init; }

    /// <summary>The number of pairs given, complete or not.</summary>
    public required int PairsGiven { get; init; }

    /// <summary>The number of complete pairs used (n).</summary>
    public required int N { get; init; }

    /// <summary>The number of pairs dropped because one or both values were missing.</summary>
    public required int PairsDropped { get; init; }

    /// <summary>The coefficient, in [-1, 1]; null when it is undefined (see <see cref="RReason"/>).</summary>
    public required double? R { get; init; }

    /// <summary>Why <see cref="R"/> is null; null when it has a value.</summary>
    public required string? RReason { get; init; }

    /// <summary>n - 2; null when r is undefined.</summary>
    public required int? DegreesOfFreedom { get; init; }

    /// <summary>t = r sqrt((n - 2) / (1 - r^2)); null when r is undefined, n = 2 or |r| = 1.</summary>
    public required double? T { get; init; }

    /// <summary>Why <see cref="T"/> is null; null when it has a value.</summary>
    public required string? TReason { get; init; }

    /// <summary>
    /// The two-sided p-value of r against zero from Student's t with n - 2 degrees of freedom (for Spearman this is the
    /// usual large-sample approximation); null when r is undefined or n = 2.
    /// </summary>
    public required double? PValue { get; init; }

    /// <summary>Why <see cref="PValue"/> is null; null when it has a value.</summary>
    public required string? PValueReason { get; init; }

    /// <summary>p &lt; 0.05; null when there is no p-value.</summary>
    public required bool? SignificantAt5Percent { get; init; }

    /// <summary>The computation written out with its numbers.</summary>
    public required IReadOnlyList<WorkingStep> Working { get; init; }
}

/// <summary>Pearson and Spearman correlations of paired observations, with their t tests.</summary>
public static class Correlation
{
    /// <summary>Pearson's correlation of the complete pairs; pairs with a missing value are dropped and counted.</summary>
    /// <exception cref="IndicatorInputException"><c>pairs</c> null or empty; <c>pairs[i].x</c> or <c>pairs[i].y</c> not finite.</exception>
    public static CorrelationResult Pearson(IReadOnlyList<(double? X, double? Y)> pairs) => Compute(pairs, CorrelationMethod.Pearson);

    /// <summary>
    /// Spearman's rank correlation of the complete pairs (Pearson's r of the ranks, ties sharing their average rank);
    /// pairs with a missing value are dropped and counted.
    /// </summary>
    /// <exception cref="IndicatorInputException"><c>pairs</c> null or empty; <c>pairs[i].x</c> or <c>pairs[i].y</c> not finite.</exception>
    public static CorrelationResult Spearman(IReadOnlyList<(double? X, double? Y)> pairs) => Compute(pairs, CorrelationMethod.Spearman);

    /// <summary>The chosen correlation of the complete pairs.</summary>
    /// <exception cref="IndicatorInputException">
    /// <c>pairs</c> null or empty; <c>pairs[i].x</c> or <c>pairs[i].y</c> not finite; <c>method</c> unknown.
    /// </exception>
    public static CorrelationResult Compute(IReadOnlyList<(double? X, double? Y)> pairs, CorrelationMethod method)
    {
        if (pairs is null || pairs.Count == 0)
            throw new IndicatorInputException("pairs", "Give at least one (x, y) pair.");
        if (method is not (CorrelationMethod.Pearson or CorrelationMethod.Spearman))
            throw new IndicatorInputException("method", "The method must be Pearson or Spearman.");
        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs[i].X is { } x && !double.IsFinite(x))
                throw new IndicatorInputException($"pairs[{i}].x", "The value must be a finite number or null (missing).");
            if (pairs[i].Y is { } y && !double.IsFinite(y))
                throw new IndicatorInputException($"pairs[{i}].y", "The value must be a finite number or null (missing).");
        }

        var complete = pairs.Where(p => p.X is not null && p.Y is not null).Select(p => (X: p.X!.Value, Y: p.Y!.Value)).ToList();
        var n = complete.Count;
        var dropped = pairs.Count - n;
        var working = new List<WorkingStep>
        {
            new("complete pairs used (n)", $"{pairs.Count} given - {dropped} with a missing value", n),
        };

        CorrelationResult Undefined(string reason) => new()
        {
            Method = method,
            PairsGiven = pairs.Count,
            N = n,
            PairsDropped = dropped,
            R = null,
            RReason = reason,
            DegreesOfFreedom = null,
            T = null,
            TReason = "r is undefined.",
            PValue = null,
            PValueReason = "r is undefined.",
            SignificantAt5Percent = null,
            Working = working,
        };

        if (n < 2)
            return Undefined($"A correlation needs at least 2 complete pairs; there {(n == 1 ? "is 1" : "are 0")}.");

        var xs = complete.Select(p => p.X).ToArray();
        var ys = complete.Select(p => p.Y).ToArray();
        // Tested on the values, not on the computed variance: a mean of equal values can differ from them in the last
        // bit, which would leave a tiny spurious variance.
        if (xs.All(v => v == xs[0]))
            return Undefined($"x takes one value ({F(xs[0])}) in all {n} pairs: with no variation r is undefined.");
        if (ys.All(v => v == ys[0]))
            return Undefined($"y takes one value ({F(ys[0])}) in all {n} pairs: with no variation r is undefined.");

        if (method == CorrelationMethod.Spearman)
        {
            xs = AverageRanks(xs);
            ys = AverageRanks(ys);
            working.Add(new("ranks of x (ties share their average rank; value: the mean rank)", string.Join(", ", complete.Select((p, i) => $"{F(p.X)} -> {F(xs[i])}")), (n + 1) / 2.0));
            working.Add(new("ranks of y (ties share their average rank; value: the mean rank)", string.Join(", ", complete.Select((p, i) => $"{F(p.Y)} -> {F(ys[i])}")), (n + 1) / 2.0));
        }

        var r = PearsonOf(xs, ys, working);
        var test = Test(r, n, working);
        return new CorrelationResult
        {
            Method = method,
            PairsGiven = pairs.Count,
            N = n,
            PairsDropped = dropped,
            R = r,
            RReason = null,
            DegreesOfFreedom = test.DegreesOfFreedom,
            T = test.T,
            TReason = test.TReason,
            PValue = test.PValue,
            PValueReason = test.PValueReason,
            SignificantAt5Percent = test.SignificantAt5Percent,
            Working = working,
        };
    }

    /// <summary>
    /// Tests a correlation coefficient computed elsewhere (for example one printed in the paper) against zero:
    /// t = r sqrt((n - 2) / (1 - r^2)) and its two-sided p-value with n - 2 degrees of freedom.
    /// </summary>
    /// <exception cref="IndicatorInputException"><c>r</c> not in [-1, 1]; <c>n</c> below 2.</exception>
    public static CorrelationTest Significance(double r, int n)
    {
        if (!double.IsFinite(r) || r < -1 || r > 1)
            throw new IndicatorInputException("r", "The correlation coefficient must be a number in [-1, 1].");
        if (n < 2)
            throw new IndicatorInputException("n", "A correlation coefficient needs at least 2 pairs.");
        return Test(r, n, []);
    }

    /// <summary>
    /// The two-sided p-value of a t statistic under Student's t distribution: P(|T| &gt;= |t|) = I_x(df/2, 1/2) with
    /// x = df / (df + t^2), I being the regularized incomplete beta function.
    /// </summary>
    /// <exception cref="IndicatorInputException"><c>t</c> not finite; <c>degreesOfFreedom</c> not a finite number above 0.</exception>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        if (!double.IsFinite(t))
            throw new IndicatorInputException("t", "t must be a finite number.");
        if (!double.IsFinite(degreesOfFreedom) || degreesOfFreedom <= 0)
            throw new IndicatorInputException("degreesOfFreedom", "The degrees of freedom must be a finite number above 0.");
        var x = degreesOfFreedom / (degreesOfFreedom + t * t);
        return Math.Clamp(RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, x), 0, 1);
    }

    private static CorrelationTest Test(double r, int n, List<WorkingStep> working)
    {
        var df = n - 2;
        if (df == 0)
        {
            const string reason = "With n = 2 there are 0 degrees of freedom (two points always lie on a line): no t and no p-value.";
            return new CorrelationTest
            {
                R = r, N = n, DegreesOfFreedom = 0, T = null, TReason = reason, PValue = null, PValueReason = reason,
                SignificantAt5Percent = null, Working = working,
            };
        }

        if (Math.Abs(r) == 1)
        {
            working.Add(new("two-sided p-value (|r| = 1: t is unbounded)", "0", 0));
            return new CorrelationTest
            {
                R = r, N = n, DegreesOfFreedom = df, T = null,
                TReason = "|r| = 1: t = r sqrt((n - 2) / (1 - r^2)) is unbounded; the p-value is 0.",
                PValue = 0, PValueReason = null, SignificantAt5Percent = true, Working = working,
            };
        }

        var t = r * Math.Sqrt(df / (1 - r * r));
        working.Add(new("t", $"{F(r)} x sqrt({df} / (1 - {F(r)}^2))", t));
        var p = TwoSidedPValue(t, df);
        working.Add(new($"two-sided p-value (Student's t, {df} degrees of freedom)", $"I_({df} / ({df} + {F(t)}^2))({F(df / 2.0)}, 0.5)", p));
        return new CorrelationTest
        {
            R = r, N = n, DegreesOfFreedom = df, T = t, TReason = null, PValue = p, PValueReason = null,
            SignificantAt5Percent = p < 0.05, Working = working,
        };
    }

    private static double PearsonOf(double[] xs, double[] ys, List<WorkingStep> working)
    {
        var n = xs.Length;
        var meanX = xs.Average();
        var meanY = ys.Average();
        working.Add(new("mean of x", $"({string.Join(" + ", xs.Select(F))}) / {n}", meanX));
        working.Add(new("mean of y", $"({string.Join(" + ", ys.Select(F))}) / {n}", meanY));
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = xs[i] - meanX;
            var dy = ys[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        working.Add(new("sum of cross-deviations Sxy", $"sum (x - {F(meanX)}) (y - {F(meanY)})", sxy));
        working.Add(new("sum of squared deviations Sxx", $"sum (x - {F(meanX)})^2", sxx));
        working.Add(new("sum of squared deviations Syy", $"sum (y - {F(meanY)})^2", syy));
        // Rounding can push |r| a hair past 1 for perfectly collinear data.
        var r = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
        working.Add(new("r", $"{F(sxy)} / sqrt({F(sxx)} x {F(syy)})", r));
        return r;
    }

    private static double[] AverageRanks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var stop = start;
            while (stop + 1 < order.Length && values[order[stop + 1]] == values[order[start]])
                stop++;
            // Positions start..stop (0-based) hold ranks start+1..stop+1; each tied value gets their mean.
            var rank = (start + stop) / 2.0 + 1;
            for (var k = start; k <= stop; k++)
                ranks[order[k]] = rank;
            start = stop + 1;
        }
        return ranks;
    }

    // Regularized incomplete beta I_x(a, b) by its continued fraction (Numerical Recipes, 2nd ed., 6.4: betai/betacf),
    // using the symmetry I_x(a, b) = 1 - I_(1-x)(b, a) where the fraction converges faster.
    private static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
            return 0;
        if (x >= 1)
            return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - front * BetaContinuedFraction(b, a, 1 - x) / b;
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const int maxIterations = 1000;
        const double epsilon = 1e-15;
        const double tiny = 1e-300;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - qab * x / qap;
        if (Math.Abs(d) < tiny)
            d = tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= maxIterations; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny)
                d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny)
                c = tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny)
                d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny)
                c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < epsilon)
                break;
        }
        return h;
    }

    // ln Gamma(z) for z > 0 by the Lanczos approximation (g = 7, 9 coefficients), accurate to about 15 digits.
    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static double LogGamma(double z)
    {
        if (z < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * z)) - LogGamma(1 - z);
        z -= 1;
        var sum = LanczosCoefficients[0];
        for (var i = 1; i < LanczosCoefficients.Length; i++)
            sum += LanczosCoefficients[i] / (z + i);
        var t = z + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (z + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
