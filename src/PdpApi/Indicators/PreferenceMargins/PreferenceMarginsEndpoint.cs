using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.PreferenceMargins;

[Tags("Indicators")]
public sealed class PreferenceMarginsEndpoint(PdpDbContext db) : IndicatorEndpoint
{
    /// <summary>Compute preference margins</summary>
    /// <remarks>For each agreement of Table 10 with an average tariff (2006): the MFN average minus its preferential average, overall and for agriculture where given.</remarks>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet(PreferenceMarginsDescriptor.IndicatorId, Name = "computePreferenceMargins")]
    [Produces("application/json")]
    [ProducesResponseType<PreferenceMarginsDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PreferenceMarginsDto>> Compute(CancellationToken cancellationToken)
    {
        var (mfn, agreements) = await PreferenceMarginsInputs.GatherAsync(db, cancellationToken);
        return new PreferenceMarginsDto
        {
            Year = mfn.TariffYear,
            MfnAveragePercent = mfn.AverageTariffPercent!.Value,
            MfnAgricultureAveragePercent = mfn.AverageTariffAgriculturePercent,
            Agreements = agreements.Select(p => Margin(mfn, p)).OrderByDescending(r => r.MarginPoints ?? double.MinValue).ToList(),
            Provenance = ProvenanceMapping.ToDto(mfn.Provenance),
        };
    }

    private static PreferenceMarginDto Margin(Pta mfn, Pta p)
    {
        var margin = p.AverageTariffPercent is null ? (double?)null : Math.Round(mfn.AverageTariffPercent!.Value - p.AverageTariffPercent.Value, 10);
        var agriculture = p.AverageTariffAgriculturePercent is null || mfn.AverageTariffAgriculturePercent is null
            ? (double?)null
            : Math.Round(mfn.AverageTariffAgriculturePercent.Value - p.AverageTariffAgriculturePercent.Value, 10);
        return new PreferenceMarginDto
        {
            PtaId = p.Id,
            Name = p.ShortName,
            PreferentialAveragePercent = p.AverageTariffPercent,
            MarginPoints = margin,
            PreferentialAgricultureAveragePercent = p.AverageTariffAgriculturePercent,
            AgricultureMarginPoints = agriculture,
            NullReason = margin is null ? "Table 10 prints no average tariff for this agreement."
                : agriculture is null ? "Table 10 prints no agricultural average for this agreement." : null,
            Provenance = ProvenanceMapping.ToDto(p.Provenance),
        };
    }
}
