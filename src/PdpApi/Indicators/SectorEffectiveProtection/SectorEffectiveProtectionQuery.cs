using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;

namespace PdpApi.Indicators.SectorEffectiveProtection;

/// <summary>Parameters of the sector ranking.</summary>
public sealed class SectorEffectiveProtectionQuery : IReportsQueryErrors
{
    /// <summary>A year (1991) or a span (1990-1992): the Table 8 periods that overlap it; all when omitted.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    internal IntRange? Parse(QueryErrors errors) => QueryGrammar.PeriodRange(Period, "period", errors);
}
