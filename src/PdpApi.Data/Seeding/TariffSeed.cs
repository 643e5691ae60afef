namespace PdpApi.Data.Seeding;

/// <summary>Reads Table 7 (tariff-schedules.csv, tariff-schedule-lines.csv) and Table 8 (sector-protection.csv).</summary>
internal static class TariffSeed
{
    private static readonly string[] ScheduleColumns =
    [
        "id", "date_as_printed", "year", "month",
        "average_ad_valorem_percent", "average_ad_valorem_percent_as_printed",
        "standard_deviation_points", "standard_deviation_points_as_printed",
        "maximum_with_surcharges_percent", "maximum_with_surcharges_percent_as_printed",
        "total_lines_count", "total_lines_count_as_printed", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] LineColumns =
        ["schedule_id", "rate_percent", "lines_count", "lines_count_as_printed", "source_id", "paper_line", "footnotes", "note"];

    private static readonly string[] ProtectionColumns =
    [
        "sector_id", "sector", "sector_position", "is_average", "period", "period_as_printed", "period_start_year", "period_end_year", "measure",
        "component", "value_percent", "value_as_printed", "null_reason", "sector_footnotes", "source_id", "paper_line",
        "footnotes", "note",
    ];

    public static List<TariffSchedule> ReadSchedules(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var schedules = new Dictionary<string, TariffSchedule>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "tariff-schedules.csv", ScheduleColumns, errors).Rows)
        {
            var schedule = new TariffSchedule
            {
                Id = row.Text("id"),
                DateAsPrinted = row.Text("date_as_printed"),
                Year = row.Int("year", min: 1900),
                Month = row.Int("month", min: 1),
                AverageAdValoremPercent = row.Double("average_ad_valorem_percent"),
                StandardDeviationPoints = row.Double("standard_deviation_points"),
                MaximumWithSurchargesPercent = row.Double("maximum_with_surcharges_percent"),
                TotalLines = row.Int("total_lines_count", min: 0),
                Provenance = row.Provenance(sourceIds),
            };
            if (!schedules.TryAdd(schedule.Id, schedule))
                row.Error("id", $"duplicate key '{schedule.Id}'.");
        }

        var seen = new HashSet<(string, double)>();
        foreach (var row in SeedCsv.Read(directory, "tariff-schedule-lines.csv", LineColumns, errors).Rows)
        {
            var line = new TariffScheduleLine
            {
                ScheduleId = row.Text("schedule_id"),
                RatePercent = row.Double("rate_percent"),
                Lines = row.Int("lines_count", min: 0),
            };
            row.Provenance(sourceIds);
            SeedLoader.CheckUnique(seen, (line.ScheduleId, line.RatePercent), row, "rate_percent");
            if (schedules.TryGetValue(line.ScheduleId, out var schedule))
                schedule.Lines.Add(line);
            else
                row.Error("schedule_id", $"'{line.ScheduleId}' does not match any id in tariff-schedules.csv.");
        }
        return [.. schedules.Values];
    }

    public static List<SectorProtectionValue> ReadSectorProtection(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var values = new List<SectorProtectionValue>();
        var seen = new HashSet<(string, string, ProtectionMeasure, string?)>();
        foreach (var row in SeedCsv.Read(directory, "sector-protection.csv", ProtectionColumns, errors).Rows)
        {
            var (value, reason) = row.ValueOrReason("value_percent", "null_reason");
            var item = new SectorProtectionValue
            {
                Id = values.Count + 1,
                SectorId = row.Text("sector_id"),
                Sector = row.Text("sector"),
                SectorPosition = row.Int("sector_position", min: 1),
                IsAverage = row.Bool("is_average"),
                Period = row.Period("period", "period_start_year", "period_end_year"),
                Measure = row.Enum<ProtectionMeasure>("measure"),
                Component = row.OptionalText("component"),
                ValuePercent = value,
                ValueAsPrinted = row.OptionalText("value_as_printed"),
                NullReason = reason,
                SectorFootnoteMarkers = row.List("sector_footnotes"),
                Provenance = row.Provenance(sourceIds),
                PeriodAsPrinted = "",
            };
            item.PeriodAsPrinted = row.PeriodAsPrinted(item.Period.Label, item.Provenance.FootnoteMarkers) ?? "";
            if (item.PeriodAsPrinted.Length == 0)
                row.Error("period_as_printed", "every Table 8 value is printed under a period column.");
            SeedLoader.CheckUnique(seen, (item.SectorId, item.PeriodAsPrinted, item.Measure, item.Component), row, "measure");
            if (value is not null && item.ValueAsPrinted is null)
                row.Error("value_as_printed", "a value needs the cell as printed beside it.");
            values.Add(item);
        }
        return values;
    }
}
