namespace PdpApi.Data.Seeding;

/// <summary>Reads the drawback regime and the free zones: rules, Tables 13 and 14, and the zones.</summary>
internal static class ExportIncentiveSeed
{
    private static readonly string[] RuleColumns =
    [
        "id", "rule_type", "description", "value", "value_unit", "value_as_printed", "bound", "valid_from_year", "valid_to_year",
        "in_force_as_of_year", "instrument", "instrument_number", "instrument_date_as_printed", "instrument_year",
        "instrument_month", "instrument_day", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] TradeColumns =
    [
        "sector_id", "sector_as_printed", "parent_sector_id", "sector_position", "period", "period_start_year", "period_end_year",
        "measure", "value", "value_as_printed", "null_reason", "printed_column", "placement", "source_id", "paper_line",
        "footnotes", "note",
    ];

    private static readonly string[] ZoneColumns =
    [
        "id", "reading", "preferred_reading", "name_as_printed", "kind", "location", "region", "created_by_instrument",
        "instrument_number", "instrument_date_as_printed", "created_year", "created_month", "created_day",
        "operating_until_year", "benefits", "benefits_end_year", "source_id", "paper_line", "footnotes", "note",
    ];


    public static List<IncentiveRule> ReadRules(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> zoneIds, SeedErrors errors)
    {
        var rules = new List<IncentiveRule>();
        var seen = new HashSet<(IncentiveRegime, string)>();
        foreach (var (regime, file, columns) in new[]
                 {
                     (IncentiveRegime.Drawback, "drawback-rules.csv", RuleColumns.Take(2).Append("checks").Concat(RuleColumns.Skip(2)).ToArray()),
                     (IncentiveRegime.FreeZones, "free-zone-rules.csv", RuleColumns.Take(1).Append("zone_ids").Concat(RuleColumns.Skip(1)).ToArray()),
                 })
        {
            foreach (var row in SeedCsv.Read(directory, file, columns, errors).Rows)
            {
                var id = row.Text("id");
                var zones = columns.Contains("zone_ids") ? row.References("zone_ids", zoneIds, ZonesFile) : [];
                var rule = new IncentiveRule
                {
                    Id = id,
                    Regime = regime,
                    Position = rules.Count + 1,
                    Zones = zones.Select((zone, i) => new IncentiveRuleZone { Regime = regime, RuleId = id, ZoneId = zone, Position = i + 1 }).ToList(),
                    RuleType = row.Enum<IncentiveRuleType>("rule_type"),
                    Checks = columns.Contains("checks") ? row.Enum<Domain.DrawbackRuleKind>("checks") : null,
                    Description = row.Text("description"),
                    Value = row.OptionalDouble("value"),
                    ValueUnit = row.OptionalText("value_unit"),
                    ValueAsPrinted = row.OptionalText("value_as_printed"),
                    Bound = row.OptionalBound(),
                    ValidFromYear = row.OptionalInt("valid_from_year", 1900, 2100),
                    ValidToYear = row.OptionalInt("valid_to_year", 1900, 2100),
                    InForceAsOfYear = row.OptionalInt("in_force_as_of_year", 1900, 2100),
                    Instrument = row.OptionalText("instrument"),
                    InstrumentNumber = row.OptionalText("instrument_number"),
                    InstrumentDateAsPrinted = row.OptionalText("instrument_date_as_printed"),
                    InstrumentYear = row.OptionalInt("instrument_year", 1900, 2100),
                    InstrumentMonth = row.OptionalInt("instrument_month", 1, 12),
                    InstrumentDay = row.OptionalInt("instrument_day", 1, 31),
                    Provenance = row.Provenance(sourceIds),
                };
                if (rule.Value is not null && rule.ValueUnit is null)
                    row.Error("value_unit", "a value needs its unit.");
                SeedLoader.CheckUnique(seen, (regime, rule.Id), row, "id");
                rules.Add(rule);
            }
        }
        return rules;
    }

    public static List<IncentiveTradeValue> ReadTradeValues(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var values = new List<IncentiveTradeValue>();
        var seen = new HashSet<(string, string, string, TradeValueMeasure)>();
        foreach (var (dataset, file, columns) in new[]
                 {
                     ("drawback-exports", "drawback-exports.csv", TradeColumns),
                     ("free-zone-imports", "free-zone-imports.csv", TradeColumns.Take(8).Append("is_period_average").Concat(TradeColumns.Skip(8)).ToArray()),
                 })
        {
            foreach (var row in SeedCsv.Read(directory, file, columns, errors).Rows)
            {
                var (value, reason) = row.ValueOrReason("value", "null_reason");
                var item = new IncentiveTradeValue
                {
                    Id = values.Count + 1,
                    Dataset = dataset,
                    SectorId = row.Text("sector_id"),
                    SectorAsPrinted = row.Text("sector_as_printed"),
                    ParentSectorId = row.OptionalText("parent_sector_id"),
                    SectorPosition = row.Int("sector_position", min: 1),
                    Period = row.Period("period", "period_start_year", "period_end_year"),
                    Measure = MeasureOf(row, dataset),
                    IsPeriodAverage = columns.Contains("is_period_average") && row.OptionalText("is_period_average") is not null ? row.Bool("is_period_average") : null,
                    Value = value,
                    ValueAsPrinted = row.OptionalText("value_as_printed"),
                    NullReason = reason,
                    PrintedColumn = row.OptionalText("printed_column"),
                    Placement = row.Enum<RowPlacement>("placement"),
                    Provenance = row.Provenance(sourceIds),
                };
                SeedLoader.CheckUnique(seen, (dataset, item.SectorId, item.Period.Label, item.Measure), row, "measure");
                values.Add(item);
            }
        }
        return values;
    }

    public const string ZonesFile = "free-zones.csv";

    /// <summary>The zones' readings, and the zones themselves: one per id, in the order the file first names them.</summary>
    public static (List<Zone> Zones, List<FreeZone> Readings) ReadZones(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var zones = new List<FreeZone>();
        var seen = new HashSet<(string, Reading)>();
        foreach (var row in SeedCsv.Read(directory, ZonesFile, ZoneColumns, errors).Rows)
        {
            var zone = new FreeZone
            {
                Key = zones.Count + 1,
                Id = row.Text("id"),
                Reading = row.Enum<Reading>("reading"),
                PreferredReading = row.Bool("preferred_reading"),
                NameAsPrinted = row.Text("name_as_printed"),
                Kind = row.Enum<FreeZoneKind>("kind"),
                Location = row.OptionalText("location"),
                Region = row.OptionalText("region"),
                CreatedByInstrument = row.OptionalText("created_by_instrument"),
                InstrumentNumber = row.OptionalText("instrument_number"),
                InstrumentDateAsPrinted = row.OptionalText("instrument_date_as_printed"),
                CreatedYear = row.OptionalInt("created_year", 1900, 2100),
                CreatedMonth = row.OptionalInt("created_month", 1, 12),
                CreatedDay = row.OptionalInt("created_day", 1, 31),
                OperatingUntilYear = row.OptionalInt("operating_until_year", 1900, 2100),
                Benefits = row.OptionalText("benefits"),
                BenefitsEndYear = row.OptionalInt("benefits_end_year", 1900, 2100),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckUnique(seen, (zone.Id, zone.Reading), row, "reading");
            zones.Add(zone);
        }
        foreach (var group in zones.GroupBy(z => z.Id).Where(g => g.Count(z => z.PreferredReading) != 1))
            errors.Add(ZonesFile, 0, "preferred_reading", $"zone '{group.Key}' must have exactly one preferred reading; it has {group.Count(z => z.PreferredReading)}.");
        return (zones.Select(z => z.Id).Distinct(StringComparer.Ordinal).Select(id => new Zone { Id = id }).ToList(), zones);
    }

    /// <summary>A measure of the table's own vocabulary (Table 13 and Table 14 share only share-of-gdp-percent).</summary>
    private static TradeValueMeasure MeasureOf(SeedRow row, string dataset)
    {
        var allowed = TradeValueMeasures.Of(dataset);
        var names = allowed.Select(EnumText.Name).ToList();
        var text = row.OneOf("measure", names);
        var index = names.IndexOf(text);
        return index < 0 ? default : allowed[index];
    }
}
