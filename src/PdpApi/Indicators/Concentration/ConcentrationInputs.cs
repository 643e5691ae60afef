using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.Concentration;

/// <summary>One share distribution: a period, and a country or flow/stock where the dataset has them.</summary>
public sealed record ShareGroup(PeriodDto Period, string? Group, IReadOnlyList<IndicatorInputDto> Values);

/// <summary>A concentration ratio the paper quotes: the share of the <paramref name="TopSectorsCount"/> largest sectors.</summary>
public sealed record QuotedConcentration(int? StartYear, int? EndYear, int TopSectorsCount, double? Value, string ValueAsPrinted);

/// <summary>A dataset's share distributions (leaf categories only) and the ratios the paper quotes for it.</summary>
public sealed record DatasetShares(IReadOnlyList<ShareGroup> Groups, IReadOnlyList<QuotedConcentration> Quoted);

/// <summary>Gathers the share distributions of a dataset, and for FDI the concentration ratios the text quotes.</summary>
public static class ConcentrationInputs
{
    public static async Task<DatasetShares> GatherAsync(PdpDbContext db, ConcentrationDataset dataset, IntRange? range, CancellationToken cancellationToken)
    {
        var groups = dataset.Name switch
        {
            ConcentrationDatasets.FdiFlows => await FdiGroupsAsync(db, FlowOrStock.Flow, range, cancellationToken),
            ConcentrationDatasets.FdiStocks => await FdiGroupsAsync(db, FlowOrStock.Stock, range, cancellationToken),
            ConcentrationDatasets.NtbShares => await NtbGroupsAsync(db, range, cancellationToken),
            _ => await SeriesGroupsAsync(db, dataset, range, cancellationToken),
        };
        if (!dataset.IsFdi)
            return new DatasetShares(groups, []);
        var unit = dataset.Name == ConcentrationDatasets.FdiFlows ? "percent-of-fdi-flows" : "percent-of-fdi-stock";
        var quoted = await db.QuotedFigures.AsNoTracking()
            .Where(f => f.Topic == "fdi" && f.Unit == unit && f.TopSectorsCount != null)
            .OrderBy(f => f.Position)
            .Select(f => new QuotedConcentration(f.StartYear, f.EndYear, f.TopSectorsCount!.Value, f.Value, f.ValueAsPrinted))
            .ToListAsync(cancellationToken);
        return new DatasetShares(groups, quoted);
    }

    private static async Task<List<ShareGroup>> FdiGroupsAsync(PdpDbContext db, FlowOrStock flowOrStock, IntRange? range, CancellationToken cancellationToken)
    {
        var values = await db.FdiValues.AsNoTracking()
            .Where(v => v.Measure == FdiMeasure.SharePercent && v.FlowOrStock == flowOrStock)
            .WhereOverlaps(range, v => v.Period.StartYear, v => v.Period.EndYear)
            .OrderBy(v => v.Period.StartYear).ThenBy(v => v.SectorPosition)
            .ToListAsync(cancellationToken);
        var parents = values.Select(v => v.ParentSectorId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return values.Where(v => v.ParentSectorId is not null && !parents.Contains(v.SectorId))
            .GroupBy(v => v.Period.Label)
            .Select(g => new ShareGroup(
                PeriodDto.Of(g.First().Period),
                EnumText.Name(flowOrStock),
                g.Select(v => new IndicatorInputDto { Id = v.SectorId, Value = v.Value, ValueAsPrinted = v.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(v.Provenance) }).ToList()))
            .ToList();
    }

    private static async Task<List<ShareGroup>> NtbGroupsAsync(PdpDbContext db, IntRange? range, CancellationToken cancellationToken)
    {
        var countries = await db.NtbCountries.AsNoTracking()
            .WhereOverlaps(range, c => c.Period.StartYear, c => c.Period.EndYear)
            .OrderBy(c => c.Position).ToListAsync(cancellationToken);
        return countries.Select(c =>
        {
            var provenance = ProvenanceMapping.ToDto(c.Provenance);
            return new ShareGroup(PeriodDto.Of(c.Period), c.Id,
            [
                new IndicatorInputDto { Id = "agriculture-and-food", Value = c.AgricultureFoodSharePercent, ValueAsPrinted = null, Provenance = provenance },
                new IndicatorInputDto { Id = "mining-petroleum-and-gas", Value = c.MiningPetroleumGasSharePercent, ValueAsPrinted = null, Provenance = provenance },
                new IndicatorInputDto { Id = "manufactures", Value = c.ManufactureSharePercent, ValueAsPrinted = null, Provenance = provenance },
                new IndicatorInputDto { Id = "rest", Value = c.RestSharePercent, ValueAsPrinted = null, Provenance = provenance },
            ]);
        }).ToList();
    }

    private static async Task<List<ShareGroup>> SeriesGroupsAsync(PdpDbContext db, ConcentrationDataset dataset, IntRange? range, CancellationToken cancellationToken)
    {
        var (series, leaves) = (dataset.Series.ToList(), dataset.Leaves.ToList());
        var observations = await db.SeriesObservations.AsNoTracking()
            .Where(o => series.Contains(o.SeriesCode) && o.DimensionId != null && leaves.Contains(o.DimensionId))
            .WhereOverlaps(range, o => o.Period.StartYear, o => o.Period.EndYear)
            .OrderBy(o => o.Period.StartYear).ThenBy(o => o.DimensionPosition)
            .ToListAsync(cancellationToken);
        return observations.GroupBy(o => o.Period.Label)
            .Select(g => new ShareGroup(
                PeriodDto.Of(g.First().Period),
                null,
                g.Select(o => new IndicatorInputDto { Id = o.DimensionId!, Value = o.Value, ValueAsPrinted = o.ValueAsPrinted, Provenance = ProvenanceMapping.ToDto(o.Provenance) }).ToList()))
            .ToList();
    }
}
