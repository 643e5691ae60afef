namespace PdpApi.Data.Seeding;

/// <summary>Reads Tables A6 (sector-groups.csv, tariff-structure.csv), A7 (tariff-bands.csv) and A8 (protection-growth-correlations.csv).</summary>
internal static class TariffStructureSeed
{
    private static readonly string[] GroupColumns =
        ["id", "name", "position", "name_a6_as_printed", "name_a7_as_printed", "source_id", "paper_line", "footnotes", "note"];

    private static readonly string[] StructureColumns =
    [
        "indicator", "year_as_printed", "period_start_year", "period_end_year", "sector_group_id", "value", "value_as_printed",
        "null_reason", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] BandColumns =
    [
        "band_id", "band_as_printed", "lower_exclusive_percent", "upper_inclusive_percent", "year", "sector_group_id",
        "share_percent", "share_as_printed", "placement", "null_reason", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] CorrelationColumns =
    [
        "period_as_printed", "period_start_year", "period_end_year", "measure", "coefficient", "coefficient_as_printed",
        "observations_count", "observations_count_as_printed", "significant_at_5_percent", "null_reason", "source_id",
        "paper_line", "footnotes", "note",
    ];

    public static List<SectorGroup> ReadGroups(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var groups = new List<SectorGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "sector-groups.csv", GroupColumns, errors).Rows)
        {
            var group = new SectorGroup
            {
                Id = row.Text("id"),
                Name = row.Text("name"),
                Position = row.Int("position", min: 1),
                NameA6AsPrinted = row.Text("name_a6_as_printed"),
                NameA7AsPrinted = row.Text("name_a7_as_printed"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckUnique(seen, group.Id, row, "id");
            groups.Add(group);
        }
        return groups;
    }

    public static List<TariffStructureValue> ReadStructure(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> groupIds, SeedErrors errors)
    {
        var values = new List<TariffStructureValue>();
        var seen = new HashSet<(TariffStructureIndicator, string, string)>();
        foreach (var row in SeedCsv.Read(directory, "tariff-structure.csv", StructureColumns, errors).Rows)
        {
            var (value, _) = row.ValueOrReason("value", "null_reason");
            var item = new TariffStructureValue
            {
                Id = values.Count + 1,
                Indicator = row.Enum<TariffStructureIndicator>("indicator"),
                Period = row.Period("year_as_printed", "period_start_year", "period_end_year"),
                SectorGroupId = row.Text("sector_group_id"),
                Value = value ?? 0,
                ValueAsPrinted = row.Text("value_as_printed"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckReference(groupIds, item.SectorGroupId, row, "sector_group_id", "sector-groups.csv");
            SeedLoader.CheckUnique(seen, (item.Indicator, item.Period.Label, item.SectorGroupId), row, "sector_group_id");
            values.Add(item);
        }
        return values;
    }

    public static List<TariffBandShare> ReadBands(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> groupIds, SeedErrors errors)
    {
        var shares = new List<TariffBandShare>();
        var seen = new HashSet<(TariffBand, int, string)>();
        foreach (var row in SeedCsv.Read(directory, "tariff-bands.csv", BandColumns, errors).Rows)
        {
            var (share, reason) = row.ValueOrReason("share_percent", "null_reason");
            var item = new TariffBandShare
            {
                Id = shares.Count + 1,
                BandId = row.Enum<TariffBand>("band_id"),
                BandAsPrinted = row.OptionalText("band_as_printed"),
                LowerExclusivePercent = row.OptionalDouble("lower_exclusive_percent"),
                UpperInclusivePercent = row.OptionalDouble("upper_inclusive_percent"),
                Year = row.Int("year", min: 1900),
                SectorGroupId = row.Text("sector_group_id"),
                SharePercent = share,
                ShareAsPrinted = row.OptionalText("share_as_printed"),
                Placement = row.Enum<CellPlacement>("placement"),
                NullReason = reason,
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckReference(groupIds, item.SectorGroupId, row, "sector_group_id", "sector-groups.csv");
            SeedLoader.CheckUnique(seen, (item.BandId, item.Year, item.SectorGroupId), row, "sector_group_id");
            if (item.Placement == CellPlacement.Inferred && item.Provenance.Note is null)
                row.Error("note", "an inferred placement needs a note saying how it was inferred.");
            shares.Add(item);
        }
        return shares;
    }

    public static List<ProtectionGrowthCorrelation> ReadCorrelations(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var correlations = new List<ProtectionGrowthCorrelation>();
        var seen = new HashSet<(string, ProtectionMeasure)>();
        foreach (var row in SeedCsv.Read(directory, "protection-growth-correlations.csv", CorrelationColumns, errors).Rows)
        {
            var (coefficient, reason) = row.ValueOrReason("coefficient", "null_reason");
            var observations = row.OptionalText("observations_count") is null ? (int?)null : row.Int("observations_count", min: 1);
            var item = new ProtectionGrowthCorrelation
            {
                Id = correlations.Count + 1,
                Period = row.Period("period_as_printed", "period_start_year", "period_end_year"),
                Measure = row.Enum<ProtectionMeasure>("measure"),
                Coefficient = coefficient,
                CoefficientAsPrinted = row.Text("coefficient_as_printed"),
                Observations = observations,
                SignificantAt5Percent = row.Bool("significant_at_5_percent"),
                NullReason = reason,
                Provenance = row.Provenance(sourceIds),
            };
            if (coefficient is not null && item.Measure == ProtectionMeasure.OutputGrowth)
                row.Error("measure", "a correlation is between output growth and a protection measure, not output growth itself.");
            SeedLoader.CheckUnique(seen, (item.Period.Label, item.Measure), row, "measure");
            correlations.Add(item);
        }
        return correlations;
    }
}
