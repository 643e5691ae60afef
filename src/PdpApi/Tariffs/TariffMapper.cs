using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Tariffs;

[Mapper]
public static partial class TariffMapper
{
    public static partial IQueryable<TariffScheduleDto> ProjectToDto(this IQueryable<TariffSchedule> schedules);

    public static partial IQueryable<SectorProtectionDto> ProjectToDto(this IQueryable<SectorProtectionValue> values);

    public static partial IQueryable<SectorGroupDto> ProjectToDto(this IQueryable<SectorGroup> groups);

    public static partial IQueryable<TariffStructureDto> ProjectToDto(this IQueryable<TariffStructureValue> values);

    public static partial IQueryable<TariffBandShareDto> ProjectToDto(this IQueryable<TariffBandShare> shares);

    public static partial IQueryable<ProtectionGrowthCorrelationDto> ProjectToDto(this IQueryable<ProtectionGrowthCorrelation> correlations);

    public static partial IQueryable<TariffChangeDto> ProjectToDto(this IQueryable<TariffChange> changes);

    public static partial IQueryable<PriceBandProductDto> ProjectToDto(this IQueryable<PriceBandProduct> products);

    [MapperIgnoreSource(nameof(TariffChange.SearchText))]
    [MapperIgnoreSource(nameof(TariffChange.Position))]
    [MapperIgnoreTarget(nameof(TariffChangeDto.Date))]
    private static partial TariffChangeDto ToDto(TariffChange change);

    [MapPropertyFromSource(nameof(PriceBandProductDto.HsProducts), Use = nameof(HsProductsOf))]
    [MapperIgnoreSource(nameof(PriceBandProduct.HsProducts))]
    [MapperIgnoreTarget(nameof(PriceBandProductDto.StatusDate))]
    private static partial PriceBandProductDto ToDto(PriceBandProduct product);

    [MapPropertyFromSource(nameof(TariffScheduleDto.LinesByRate), Use = nameof(LinesByRate))]
    [MapperIgnoreSource(nameof(TariffSchedule.Lines))]
    [MapperIgnoreTarget(nameof(TariffScheduleDto.Date))]
    private static partial TariffScheduleDto ToDto(TariffSchedule schedule);

    [MapProperty(nameof(SectorProtectionValue.SectorFootnoteMarkers), nameof(SectorProtectionDto.SectorFootnotes))]
    private static partial SectorProtectionDto ToDto(SectorProtectionValue value);

    private static IReadOnlyList<TariffLinesAtRateDto> LinesByRate(TariffSchedule schedule) =>
        schedule.Lines.OrderBy(l => l.RatePercent).Select(l => new TariffLinesAtRateDto { RatePercent = l.RatePercent, Lines = l.Lines }).ToList();

    private static IReadOnlyList<HsProductDto> HsProductsOf(PriceBandProduct product) =>
        product.HsProducts.OrderBy(h => h.Position).Select(h => new HsProductDto { Product = h.Product, HsCode = h.HsCode }).ToList();

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
