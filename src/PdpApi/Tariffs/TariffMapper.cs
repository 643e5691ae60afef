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

    [MapProperty(nameof(TariffChange.RatesPercent), nameof(TariffChangeDto.RatesPercent), Use = nameof(Rates))]
    [MapperIgnoreSource(nameof(TariffChange.SearchText))]
    [MapperIgnoreSource(nameof(TariffChange.Position))]
    private static partial TariffChangeDto ToDto(TariffChange change);

    [MapProperty(nameof(PriceBandProduct.HsProducts), nameof(PriceBandProductDto.HsProducts), Use = nameof(HsProducts))]
    private static partial PriceBandProductDto ToDto(PriceBandProduct product);

    [MapPropertyFromSource(nameof(TariffScheduleDto.LinesByRate), Use = nameof(LinesByRate))]
    [MapperIgnoreSource(nameof(TariffSchedule.Lines))]
    private static partial TariffScheduleDto ToDto(TariffSchedule schedule);

    [MapProperty(nameof(SectorProtectionValue.SectorFootnoteMarkers), nameof(SectorProtectionDto.SectorFootnotes), Use = nameof(Markers))]
    [MapperIgnoreSource(nameof(SectorProtectionValue.SearchText))]
    private static partial SectorProtectionDto ToDto(SectorProtectionValue value);

    private static IReadOnlyList<TariffLinesAtRateDto> LinesByRate(TariffSchedule schedule) =>
        schedule.Lines.OrderBy(l => l.RatePercent).Select(l => new TariffLinesAtRateDto { RatePercent = l.RatePercent, Lines = l.Lines }).ToList();

    private static IReadOnlyList<double> Rates(string? rates) =>
        rates == null ? [] : rates.Split(';').Select(r => double.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static IReadOnlyList<HsProductDto> HsProducts(string? products) =>
        products == null ? [] : products.Split(';').Select(p => p.Split(':')).Select(p => new HsProductDto { Product = p[0], HsCode = p[1] }).ToList();

    private static PeriodDto ToDto(Period period) => PeriodDto.Of(period);

    private static ProvenanceDto ToDto(Provenance provenance) => ProvenanceMapping.ToDto(provenance);

    private static IReadOnlyList<string> Markers(string? markers) => ProvenanceMapping.Markers(markers);
}
