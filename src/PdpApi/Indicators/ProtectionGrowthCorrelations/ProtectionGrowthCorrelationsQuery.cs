using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.ProtectionGrowthCorrelations;

/// <summary>Parameters of the protection-growth correlations.</summary>
public sealed class ProtectionGrowthCorrelationsQuery : IReportsQueryErrors
{
    /// <summary>ad-valorem-tariff or effective-protection (default both).</summary>
    [FromQuery(Name = "measure")]
    public IReadOnlyList<ProtectionMeasure>? Measure { get; init; }

    /// <summary>The protection measures to correlate with output growth.</summary>
    internal IReadOnlyList<ProtectionMeasure> Parse(QueryErrors errors)
    {
        var measures = Measure ?? [];
        if (measures.Contains(ProtectionMeasure.OutputGrowth))
            errors.Add("measure", "output-growth is what protection is correlated with; use ad-valorem-tariff or effective-protection.");
        return measures.Count == 0 ? [ProtectionMeasure.AdValoremTariff, ProtectionMeasure.EffectiveProtection] : measures;
    }
}
