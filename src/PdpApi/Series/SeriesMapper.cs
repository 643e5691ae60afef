using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.Series;

[Mapper]
public static partial class SeriesMapper
{
    public static partial IQueryable<SeriesDto> ProjectToDto(this IQueryable<StatisticalSeries> series);

    public static partial IQueryable<ObservationDto> ProjectToDto(this IQueryable<SeriesObservation> observations);

    [MapPropertyFromSource(nameof(SeriesDto.ObservationCount), Use = nameof(CountObservations))]
    [MapperIgnoreSource(nameof(StatisticalSeries.Position))]
    [MapperIgnoreSource(nameof(StatisticalSeries.SearchText))]
    [MapperIgnoreSource(nameof(StatisticalSeries.Observations))]
    private static partial SeriesDto ToDto(StatisticalSeries series);

    [MapPropertyFromSource(nameof(ObservationDto.Unit), Use = nameof(UnitOf))]
    [MapperIgnoreSource(nameof(SeriesObservation.Series))]
    private static partial ObservationDto ToDto(SeriesObservation observation);

    private static int CountObservations(StatisticalSeries series) => series.Observations.Count;

    private static SeriesUnit UnitOf(SeriesObservation observation) => observation.Series!.Unit;

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);
}
