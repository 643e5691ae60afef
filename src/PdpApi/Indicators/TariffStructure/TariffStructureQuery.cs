using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;

namespace PdpApi.Indicators.TariffStructure;

/// <summary>Parameters of the tariff-structure indicator.</summary>
public sealed class TariffStructureQuery : IReportsQueryErrors
{
    /// <summary>The rate that stands for each Table A7 band unless the caller gives others: the band's midpoint, and for
    /// "over 20" the highest duty rate Section 4.1 names (25 percent, 20 plus the 5 percent additional duty).</summary>
    internal static readonly IReadOnlyList<double> DefaultBandRates = [0, 2.5, 7.5, 12.5, 17.5, 25];

    /// <summary>The rate standing for each Table A7 band, in the order 0, 0-5, 5-10, 10-15, 15-20, over 20 (default 0,2.5,7.5,12.5,17.5,25).</summary>
    [FromQuery(Name = "bandRates")]
    public string? BandRates { get; init; }

    /// <summary>The band rates to use, one per band.</summary>
    internal IReadOnlyList<double> Parse(QueryErrors errors)
    {
        var rates = QueryGrammar.Numbers(BandRates, "bandRates", errors) ?? DefaultBandRates;
        if (rates.Count != DefaultBandRates.Count)
            errors.Add("bandRates", $"give {DefaultBandRates.Count} rates, one per band: 0, 0-5, 5-10, 10-15, 15-20, over 20.");
        else if (rates.Any(r => r is < 0 or > 1000))
            errors.Add("bandRates", "each rate is a tariff in percent, from 0 to 1000.");
        return rates;
    }
}
