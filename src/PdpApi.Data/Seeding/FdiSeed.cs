namespace PdpApi.Data.Seeding;

/// <summary>Reads fdi-sectors.csv: Table 17, FDI flows and stocks by sector with the national and UNCTAD totals.</summary>
internal static class FdiSeed
{
    public const string FileName = "fdi-sectors.csv";

    private static readonly string[] Columns =
    [
        "sector_id", "sector_as_printed", "parent_sector_id", "sector_position", "flow_or_stock", "period", "period_start_year",
        "period_end_year", "measure", "source_series", "value", "value_as_printed", "null_reason", "source_id", "paper_line",
        "footnotes", "note",
    ];

    public static List<FdiValue> Read(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var values = new List<FdiValue>();
        var seen = new HashSet<(FdiSourceSeries, string, FlowOrStock, string, FdiMeasure)>();
        var rows = SeedCsv.Read(directory, FileName, Columns, errors).Rows;
        var sectorIds = rows.Select(r => r.OptionalText("sector_id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (value, reason) = row.ValueOrReason("value", "null_reason");
            var item = new FdiValue
            {
                Id = values.Count + 1,
                SectorId = row.Text("sector_id"),
                SectorAsPrinted = row.Text("sector_as_printed"),
                ParentSectorId = row.OptionalText("parent_sector_id"),
                SectorPosition = row.Int("sector_position", min: 1),
                FlowOrStock = row.Enum<FlowOrStock>("flow_or_stock"),
                Period = row.Period("period", "period_start_year", "period_end_year"),
                Measure = row.Enum<FdiMeasure>("measure"),
                SourceSeries = row.Enum<FdiSourceSeries>("source_series"),
                Value = value,
                ValueAsPrinted = row.OptionalText("value_as_printed"),
                NullReason = reason,
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckReference(sectorIds, item.ParentSectorId, row, "parent_sector_id", FileName);
            SeedLoader.CheckUnique(seen, (item.SourceSeries, item.SectorId, item.FlowOrStock, item.Period.Label, item.Measure), row, "measure");
            values.Add(item);
        }
        return values;
    }
}
