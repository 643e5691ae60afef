using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.ExportIncentives;

[Mapper]
public static partial class ExportIncentiveMapper
{
    public static partial IQueryable<IncentiveRuleDto> ProjectToDto(this IQueryable<IncentiveRule> rules);

    public static partial IQueryable<IncentiveTradeValueDto> ProjectToDto(this IQueryable<IncentiveTradeValue> values);

    public static partial IQueryable<FreeZoneDto> ProjectToDto(this IQueryable<FreeZone> zones);

    [MapPropertyFromSource(nameof(IncentiveRuleDto.ZoneIds), Use = nameof(ZoneIdsOf))]
    [MapperIgnoreSource(nameof(IncentiveRule.Zones))]
    [MapperIgnoreSource(nameof(IncentiveRule.Position))]
    [MapperIgnoreSource(nameof(IncentiveRule.Checks))]
    [MapperIgnoreTarget(nameof(IncentiveRuleDto.InstrumentDate))]
    private static partial IncentiveRuleDto ToDto(IncentiveRule rule);

    [MapperIgnoreSource(nameof(IncentiveTradeValue.Dataset))]
    private static partial IncentiveTradeValueDto ToDto(IncentiveTradeValue value);

    [MapperIgnoreSource(nameof(FreeZone.Key))]
    [MapperIgnoreTarget(nameof(FreeZoneDto.CreatedDate))]
    private static partial FreeZoneDto ToDto(FreeZone zone);

    private static IReadOnlyList<string> ZoneIdsOf(IncentiveRule rule) =>
        rule.Zones.OrderBy(z => z.Position).Select(z => z.ZoneId).ToList();

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
