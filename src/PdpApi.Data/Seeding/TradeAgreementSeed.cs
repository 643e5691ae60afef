namespace PdpApi.Data.Seeding;

/// <summary>Reads Table 9 and Section 4.2 (NTBs) and Table 10 and Section 4.3 (preferential trade arrangements).</summary>
internal static class TradeAgreementSeed
{
    private static readonly string[] NtbCountryColumns =
    [
        "id", "name_as_printed", "name", "position", "period", "period_start_year", "period_end_year",
        "agriculture_food_share_percent", "agriculture_food_share_percent_as_printed", "mining_petroleum_gas_share_percent",
        "mining_petroleum_gas_share_percent_as_printed", "manufacture_share_percent", "manufacture_share_percent_as_printed",
        "rest_share_percent", "rest_share_percent_as_printed", "weighted_average_ntbs_per_tariff_line",
        "weighted_average_ntbs_per_tariff_line_as_printed", "ntbs_faced_by_peru_exports_count",
        "ntbs_faced_by_peru_exports_count_as_printed", "ntbs_faced_by_peru_exports_count_null_reason", "total_ntbs_count",
        "total_ntbs_count_as_printed", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] NtbTypeColumns = ["id", "number", "name", "examples", "description", "source_id", "paper_line", "footnotes", "note"];

    private static readonly string[] PtaColumns =
    [
        "id", "number", "kind", "name_as_printed", "short_name", "agreement_number", "agreement_number_as_printed",
        "agreement_number_null_reason", "agreement_number_footnote_reading", "agreement_number_footnote_reading_as_printed",
        "published_agreement_number", "members", "partners", "initial_date_as_printed", "start_year", "export_share_2006_percent",
        "export_share_2006_percent_as_printed", "import_share_2006_percent", "import_share_2006_percent_as_printed",
        "share_basis", "sectoral_preferences_as_printed", "sector_coverage", "hs_chapters", "tariff_kind",
        "preferential_average_tariff_percent", "preferential_average_tariff_percent_as_printed",
        "preferential_average_tariff_agriculture_percent", "preferential_average_tariff_agriculture_percent_as_printed",
        "preferential_average_tariff_agriculture_percent_null_reason", "agriculture_scope_as_printed", "tariff_year",
        "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] EventColumns =
    [
        "id", "pta_id", "year", "month", "day", "year_null_reason", "event", "description", "related_agreements_as_printed",
        "date_as_printed", "reading", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] SchemeColumns =
    [
        "id", "name_as_printed", "kind", "partner", "partner_basis", "action_as_printed", "date_as_printed", "year", "month",
        "year_null_reason", "in_force_as_printed", "in_force_year", "source_id", "paper_line", "footnotes", "note",
    ];

    public static List<NtbCountry> ReadNtbCountries(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var countries = new List<NtbCountry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "ntb-countries.csv", NtbCountryColumns, errors).Rows)
        {
            var (faced, reason) = row.ValueOrReason("ntbs_faced_by_peru_exports_count", "ntbs_faced_by_peru_exports_count_null_reason");
            var country = new NtbCountry
            {
                Id = row.Text("id"),
                Name = row.Text("name"),
                NameAsPrinted = row.Text("name_as_printed"),
                Position = row.Int("position", min: 1),
                Period = row.Period("period", "period_start_year", "period_end_year"),
                AgricultureFoodSharePercent = row.Double("agriculture_food_share_percent"),
                MiningPetroleumGasSharePercent = row.Double("mining_petroleum_gas_share_percent"),
                ManufactureSharePercent = row.Double("manufacture_share_percent"),
                RestSharePercent = row.Double("rest_share_percent"),
                WeightedAverageNtbsPerTariffLine = row.Double("weighted_average_ntbs_per_tariff_line"),
                WeightedAverageNtbsPerTariffLineAsPrinted = row.Text("weighted_average_ntbs_per_tariff_line_as_printed"),
                NtbsFacedByPeruExports = faced is null ? null : (int)faced,
                NtbsFacedByPeruExportsNullReason = reason,
                TotalNtbs = row.Int("total_ntbs_count", min: 0),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckUnique(seen, country.Id, row, "id");
            countries.Add(country);
        }
        return countries;
    }

    public static List<NtbType> ReadNtbTypes(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var types = new List<NtbType>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "ntb-types.csv", NtbTypeColumns, errors).Rows)
        {
            var type = new NtbType
            {
                Id = row.Text("id"),
                Number = row.Text("number"),
                Name = row.Text("name"),
                Examples = row.OptionalText("examples"),
                Description = row.OptionalText("description"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckUnique(seen, type.Id, row, "id");
            types.Add(type);
        }
        return types;
    }

    public static (List<Pta> Ptas, List<PtaEvent> Events) ReadPtas(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var ptas = new Dictionary<string, Pta>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "ptas.csv", PtaColumns, errors).Rows)
        {
            var (agriculture, agricultureReason) = row.ValueOrReason(
                "preferential_average_tariff_agriculture_percent", "preferential_average_tariff_agriculture_percent_null_reason");
            var pta = new Pta
            {
                Id = row.Text("id"),
                Number = row.Int("number", min: 1),
                Kind = row.Enum<PtaKind>("kind"),
                NameAsPrinted = row.Text("name_as_printed"),
                ShortName = row.Text("short_name"),
                AgreementNumber = row.OptionalInt("published_agreement_number", 1, 9999),
                AgreementNumberTableReading = row.OptionalText("agreement_number_as_printed"),
                AgreementNumberFootnoteReading = row.OptionalText("agreement_number_footnote_reading_as_printed"),
                Members = row.List("members"),
                Partners = row.List("partners"),
                InitialDateAsPrinted = row.Text("initial_date_as_printed"),
                StartYear = row.Int("start_year", min: 1900),
                ExportShare2006Percent = row.Double("export_share_2006_percent"),
                ExportShare2006AsPrinted = row.Text("export_share_2006_percent_as_printed"),
                ImportShare2006Percent = row.Double("import_share_2006_percent"),
                ImportShare2006AsPrinted = row.Text("import_share_2006_percent_as_printed"),
                ShareBasis = row.Enum<ShareBasis>("share_basis"),
                SectoralPreferencesAsPrinted = row.Text("sectoral_preferences_as_printed"),
                SectorCoverage = row.Enum<SectorCoverage>("sector_coverage"),
                HsChapters = row.List("hs_chapters"),
                TariffKind = row.Enum<TariffKind>("tariff_kind"),
                AverageTariffPercent = row.OptionalDouble("preferential_average_tariff_percent"),
                AverageTariffAgriculturePercent = agriculture,
                AverageTariffAgricultureNullReason = agricultureReason,
                AgricultureScopeAsPrinted = row.OptionalText("agriculture_scope_as_printed"),
                TariffYear = row.OptionalInt("tariff_year", 1900, 2100),
                Provenance = row.Provenance(sourceIds),
                SearchText = "",
            };
            pta.SearchText = TextKey.Fold(string.Join(" | ", pta.Id, pta.NameAsPrinted, pta.ShortName, string.Join(';', pta.Members), string.Join(';', pta.Partners)));
            if (!ptas.TryAdd(pta.Id, pta))
                row.Error("id", $"duplicate key '{pta.Id}'.");
        }

        var events = new List<PtaEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "pta-events.csv", EventColumns, errors).Rows)
        {
            var year = row.OptionalInt("year", 1900, 2100);
            var yearReason = row.OptionalText("year_null_reason") is null ? (NullReason?)null : row.Enum<NullReason>("year_null_reason");
            if ((year is null) == (yearReason is null))
                row.Error("year_null_reason", year is null ? "a missing year needs its reason." : "a year that is present takes no null reason.");
            var item = new PtaEvent
            {
                Id = row.Text("id"),
                PtaId = row.OptionalText("pta_id"),
                Position = seen.Count + 1,
                Year = year,
                Month = row.OptionalInt("month", 1, 12),
                Day = row.OptionalInt("day", 1, 31),
                YearNullReason = yearReason,
                Event = row.Text("event"),
                Description = row.Text("description"),
                RelatedAgreementsAsPrinted = row.OptionalText("related_agreements_as_printed"),
                DateAsPrinted = row.OptionalText("date_as_printed"),
                Reading = row.Enum<Reading>("reading"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckUnique(seen, item.Id, row, "id");
            // An event with no pta_id concerns Peru's arrangements as a whole.
            if (item.PtaId is null)
                events.Add(item);
            else if (ptas.TryGetValue(item.PtaId, out var pta))
                pta.Events.Add(item); // saved with its arrangement
            else
                row.Error("pta_id", $"'{item.PtaId}' does not match any id in ptas.csv.");
        }
        return ([.. ptas.Values], [.. events, .. ptas.Values.SelectMany(p => p.Events)]);
    }

    public static List<PreferenceScheme> ReadSchemes(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var schemes = new List<PreferenceScheme>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "preference-schemes.csv", SchemeColumns, errors).Rows)
        {
            var year = row.OptionalInt("year", 1900, 2100);
            var scheme = new PreferenceScheme
            {
                Id = row.Text("id"),
                NameAsPrinted = row.Text("name_as_printed"),
                Kind = row.Enum<PreferenceSchemeKind>("kind"),
                Partner = row.Text("partner"),
                ActionAsPrinted = row.OptionalText("action_as_printed"),
                DateAsPrinted = row.OptionalText("date_as_printed"),
                Year = year,
                Month = row.OptionalInt("month", 1, 12),
                YearNullReason = row.OptionalText("year_null_reason") is null ? null : row.Enum<NullReason>("year_null_reason"),
                InForceAsPrinted = row.OptionalText("in_force_as_printed"),
                InForceYear = row.OptionalInt("in_force_year", 1900, 2100),
                Provenance = row.Provenance(sourceIds),
            };
            if ((year is null) == (scheme.YearNullReason is null))
                row.Error("year_null_reason", year is null ? "a missing year needs its reason." : "a year that is present takes no null reason.");
            SeedLoader.CheckUnique(seen, scheme.Id, row, "id");
            schemes.Add(scheme);
        }
        return schemes;
    }
}
