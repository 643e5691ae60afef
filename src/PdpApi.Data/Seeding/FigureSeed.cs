namespace PdpApi.Data.Seeding;

/// <summary>
/// Reads the figures the paper quotes in its text, from one file per topic, into one shape. Each file names its value,
/// unit and date columns in its own words; the columns that only one topic has become key=value details.
/// </summary>
internal static class FigureSeed
{
    private sealed record FigureFile(string Topic, string FileName, string[] Columns, string[] DetailColumns);

    private static readonly FigureFile[] Files =
    [
        new("ntbs", "ntb-tariff-equivalents.csv",
            ["id", "measure", "subject", "products", "value_percent", "value_as_printed", "qualifier", "estimated_by", "source_id", "paper_line", "footnotes", "note"],
            ["measure", "products", "estimated_by"]),
        new("ptas", "pta-text-figures.csv",
            ["id", "year", "subject", "partner_group", "flow", "pta_id", "value_percent", "value_fraction", "value_as_printed", "qualifier", "bound", "source_id", "paper_line", "footnotes", "note"],
            ["partner_group", "flow", "pta_id"]),
        new("drawbacks", "drawback-figures.csv",
            ["id", "description", "value", "value_unit", "value_fraction", "value_as_printed", "qualifier", "bound", "period", "period_start_year", "period_end_year", "year", "month", "source_id", "paper_line", "footnotes", "note"],
            []),
        new("free-zones", "free-zone-figures.csv",
            ["id", "zone_ids", "description", "value", "value_unit", "value_fraction", "value_as_printed", "qualifier", "bound", "period", "period_start_year", "period_end_year", "year", "month", "source_id", "paper_line", "footnotes", "note"],
            []),
        new("fdi", "fdi-figures.csv",
            ["id", "description", "value", "value_unit", "top_sectors_count", "value_fraction", "value_as_printed", "qualifier", "bound", "period", "period_start_year", "period_end_year", "year", "month", "source_id", "paper_line", "footnotes", "note"],
            []),
    ];

    /// <summary>The units of a share of Table 17's FDI, the only figures a count of largest sectors can go with.</summary>
    private static readonly string[] FdiShareUnits = ["percent-of-fdi-stock", "percent-of-fdi-flows"];

    public static IEnumerable<string> FileNames => Files.Select(f => f.FileName);

    public static List<QuotedFigure> Read(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> zoneIds, SeedErrors errors)
    {
        var figures = new List<QuotedFigure>();
        var seen = new HashSet<(string, string)>();
        foreach (var file in Files)
        {
            foreach (var row in SeedCsv.Read(directory, file.FileName, file.Columns, errors).Rows)
            {
                var hasUnit = file.Columns.Contains("value_unit");
                var year = file.Columns.Contains("year") ? row.OptionalInt("year", 1900, 2100) : null;
                var hasPeriod = file.Columns.Contains("period");
                var id = row.Text("id");
                var zones = file.Columns.Contains("zone_ids") ? row.References("zone_ids", zoneIds, ExportIncentiveSeed.ZonesFile) : [];
                var figure = new QuotedFigure
                {
                    Id = id,
                    Topic = file.Topic,
                    Position = figures.Count + 1,
                    Description = row.Text(file.Columns.Contains("description") ? "description" : "subject"),
                    Value = row.OptionalDouble(hasUnit ? "value" : "value_percent"),
                    Unit = hasUnit ? row.OptionalText("value_unit") ?? "text" : "percent",
                    ValueFraction = file.Columns.Contains("value_fraction") ? row.OptionalText("value_fraction") : null,
                    ValueAsPrinted = row.Text("value_as_printed"),
                    Qualifier = row.OptionalText("qualifier"),
                    Bound = file.Columns.Contains("bound") ? row.OptionalBound() : null,
                    PeriodLabel = hasPeriod ? row.OptionalText("period") : year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    StartYear = hasPeriod ? row.OptionalInt("period_start_year", 1900, 2100) : year,
                    EndYear = hasPeriod ? row.OptionalInt("period_end_year", 1900, 2100) : year,
                    Month = file.Columns.Contains("month") ? row.OptionalInt("month", 1, 12) : null,
                    Details = SeedRow.Details(row, file.DetailColumns),
                    Zones = zones.Select((zone, i) => new QuotedFigureZone { Topic = file.Topic, FigureId = id, ZoneId = zone, Position = i + 1 }).ToList(),
                    TopSectorsCount = file.Columns.Contains("top_sectors_count") ? row.OptionalInt("top_sectors_count", 1, int.MaxValue) : null,
                    Provenance = row.Provenance(sourceIds),
                };
                if (figure.Value is null && figure.ValueFraction is null && figure.Unit != "text")
                    row.Error(hasUnit ? "value" : "value_percent", "a quoted figure needs a value (or a fraction).");
                if (figure.TopSectorsCount is not null && !FdiShareUnits.Contains(figure.Unit))
                    row.Error("top_sectors_count", $"only a share of FDI ({string.Join(" or ", FdiShareUnits)}) adds up sectors; this figure is in {figure.Unit}.");
                SeedLoader.CheckUnique(seen, (figure.Topic, figure.Id), row, "id");
                figures.Add(figure);
            }
        }
        return figures;
    }
}
