using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.ProtectionGrowthCorrelations;

/// <summary>Parameters of the protection-growth correlations.</summary>
public sealed class ProtectionGrowthCorrelationsQuery
{
    /// <summary>ad-valorem-tariff or effective-protection (default both).</summary>
    [FromQuery(Name = "measure")]
    public string? Measure { get; init; }

    /// <summary>The protection measures to correlate with output growth.</summary>
    internal IReadOnlyList<ProtectionMeasure> Parse(QueryErrors errors)
    {
        var measures = QueryGrammar.EnumList<ProtectionMeasure>(Measure, "measure", errors);
        if (measures.Contains(ProtectionMeasure.OutputGrowth))
            errors.Add("measure", "output-growth is what protection is correlated with; use ad-valorem-tariff or effective-protection.");
        return measures.Count == 0 ? [ProtectionMeasure.AdValoremTariff, ProtectionMeasure.EffectiveProtection] : measures;
    }
}
