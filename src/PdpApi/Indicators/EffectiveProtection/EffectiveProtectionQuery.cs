using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.EffectiveProtection;

/// <summary>The caller's tariffs and input coefficients; the lists are parallel, one item per input.</summary>
public sealed class EffectiveProtectionQuery : IReportsQueryErrors
{
    /// <summary>The tariff on the output, percent.</summary>
    [FromQuery(Name = "outputTariff"), BindRequired]
    public double OutputTariff { get; init; }

    /// <summary>The inputs' coefficients a_ij, comma-separated (0.3,0.2).</summary>
    [FromQuery(Name = "coefficients")]
    public string? Coefficients { get; init; }

    /// <summary>The inputs' tariffs, percent, comma-separated, one per coefficient.</summary>
    [FromQuery(Name = "inputTariffs")]
    public string? InputTariffs { get; init; }

    /// <summary>true or false per input, comma-separated (default: all traded); a non-traded input's tariff is not counted.</summary>
    [FromQuery(Name = "traded")]
    public string? Traded { get; init; }

    /// <summary>corden (default) or balassa.</summary>
    [FromQuery(Name = "method")]
    public IReadOnlyList<EffectiveProtectionMethod>? Method { get; init; }

    /// <summary>The inputs as records, and the method.</summary>
    internal (IReadOnlyList<ProtectionInput> Inputs, EffectiveProtectionMethod Method) Parse(QueryErrors errors)
    {
        var a = QueryGrammar.Numbers(Coefficients, "coefficients", errors) ?? [];
        var t = QueryGrammar.Numbers(InputTariffs, "inputTariffs", errors) ?? [];
        var flags = QueryGrammar.Items(Traded, "traded", errors).Select(f => bool.TryParse(f, out var b) ? b : (bool?)null).ToList();
        var chosen = Method ?? [];
        if (a.Length != t.Length)
            errors.Add("inputTariffs", $"give one tariff per coefficient: {a.Length} coefficients, {t.Length} tariffs.");
        if (flags.Any(f => f is null))
            errors.Add("traded", "each flag is true or false.");
        else if (flags.Count > 0 && flags.Count != a.Length)
            errors.Add("traded", $"give one flag per coefficient ({a.Length}), or none.");
        if (chosen.Count > 1)
            errors.Add("method", "give one method: corden or balassa.");
        if (errors.Any)
            return ([], EffectiveProtectionMethod.Corden);
        var inputs = a.Select((coefficient, i) => new ProtectionInput($"input-{i + 1}", coefficient, t[i], flags.Count == 0 || flags[i]!.Value)).ToList();
        return (inputs, chosen.Count == 0 ? EffectiveProtectionMethod.Corden : chosen[0]);
    }
}
