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

    [MapPropertyFromSource(nameof(TariffScheduleDto.LinesByRate), Use = nameof(LinesByRate))]
    [MapperIgnoreSource(nameof(TariffSchedule.Lines))]
    private static partial TariffScheduleDto ToDto(TariffSchedule schedule);

    [MapProperty(nameof(SectorProtectionValue.SectorFootnoteMarkers), nameof(SectorProtectionDto.SectorFootnotes), Use = nameof(Markers))]
    [MapperIgnoreSource(nameof(SectorProtectionValue.SearchText))]
    private static partial SectorProtectionDto ToDto(SectorProtectionValue value);

    private static IReadOnlyList<TariffLinesAtRateDto> LinesByRate(TariffSchedule schedule) =>
        schedule.Lines.OrderBy(l => l.RatePercent).Select(l => new TariffLinesAtRateDto { RatePercent = l.RatePercent, Lines = l.Lines }).ToList();

    private static PeriodDto ToDto(Period period) => new() { Label = period.Label, StartYear = period.StartYear, EndYear = period.EndYear };

    private static ProvenanceDto ToDto(Provenance provenance) => ProvenanceMapping.ToDto(provenance);

    private static IReadOnlyList<string> Markers(string? markers) => ProvenanceMapping.Markers(markers);
}
