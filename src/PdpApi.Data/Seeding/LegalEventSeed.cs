namespace PdpApi.Data.Seeding;

/// <summary>Reads the administrations and the legal events, and attaches each event to the administration in office on its date.</summary>
internal static class LegalEventSeed
{
    private static readonly string[] AdministrationColumns =
    [
        "id", "president", "president_term", "start_date", "end_date", "date_basis", "paper_dates_as_printed", "source_id",
        "paper_line", "footnotes", "note",
    ];

    private static readonly string[] EventColumns =
    [
        "id", "act_id", "instrument_type", "instrument_number", "instrument_as_printed", "date_as_printed", "year", "month",
        "day", "inferred_year", "period_start_year", "period_end_year", "event_type", "body_ids", "successor_body_ids",
        "zone_ids", "table_11_row", "administration_id", "administration_basis", "description", "reading",
        "is_published_reading", "main_seed_refs", "source_id", "paper_line", "footnotes", "note",
    ];


    public static List<Administration> ReadAdministrations(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var administrations = new List<Administration>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "administrations.csv", AdministrationColumns, errors).Rows)
        {
            var administration = new Administration
            {
                Id = row.Text("id"),
                President = row.Text("president"),
                Term = row.Int("president_term", min: 1),
                StartDate = row.Date("start_date"),
                EndDate = row.Date("end_date"),
                DateBasis = row.Enum<DateBasis>("date_basis"),
                PaperDatesAsPrinted = row.OptionalText("paper_dates_as_printed"),
                SourceId = row.OptionalText("source_id"),
                FootnoteMarkers = row.List("footnotes"),
                Note = row.OptionalText("note"),
            };
            SeedLoader.CheckReference(sourceIds, administration.SourceId, row, "source_id", "sources.csv");
            if (administration.SourceId is null && administration.Note is null)
                row.Error("note", "an administration the paper does not name needs a note saying why it is listed.");
            if (administration.EndDate <= administration.StartDate)
                row.Error("end_date", "the administration ends before it starts.");
            SeedLoader.CheckUnique(seen, administration.Id, row, "id");
            administrations.Add(administration);
        }
        foreach (var (earlier, later) in administrations.OrderBy(a => a.StartDate).Zip(administrations.OrderBy(a => a.StartDate).Skip(1)))
        {
            if (later.StartDate < earlier.EndDate)
                errors.Add("administrations.csv", 0, "start_date", $"'{later.Id}' starts before '{earlier.Id}' ends.");
        }
        return administrations;
    }

    public static List<LegalEvent> ReadEvents(
        string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> institutionIds, IReadOnlySet<string> zoneIds,
        IReadOnlyList<Administration> administrations, SeedErrors errors)
    {
        var events = new List<LegalEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var administrationIds = administrations.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "legal-events.csv", EventColumns, errors).Rows)
        {
            var item = new LegalEvent
            {
                Id = row.Text("id"),
                ActId = row.Text("act_id"),
                InstrumentType = row.OptionalText("instrument_type") is null ? null : row.Enum<InstrumentType>("instrument_type"),
                InstrumentNumber = row.OptionalText("instrument_number"),
                InstrumentAsPrinted = row.OptionalText("instrument_as_printed"),
                DateAsPrinted = row.OptionalText("date_as_printed"),
                Year = row.OptionalInt("year", 1900, 2100),
                Month = row.OptionalInt("month", 1, 12),
                Day = row.OptionalInt("day", 1, 31),
                InferredYear = row.OptionalInt("inferred_year", 1900, 2100),
                PeriodStartYear = row.OptionalInt("period_start_year", 1900, 2100),
                PeriodEndYear = row.OptionalInt("period_end_year", 1900, 2100),
                EventType = row.Enum<LegalEventType>("event_type"),
                Description = row.Text("description"),
                Reading = row.Enum<Reading>("reading"),
                IsPublishedReading = row.Bool("is_published_reading"),
                Provenance = row.Provenance(sourceIds),
                SearchText = "",
            };
            var bodies = row.List("body_ids");
            foreach (var body in bodies)
                SeedLoader.CheckReference(institutionIds, body, row, "body_ids", "institutions.csv");
            item.Bodies = bodies.Distinct(StringComparer.Ordinal)
                .Select((body, index) => new LegalEventBody { LegalEventId = item.Id, InstitutionId = body, Position = index + 1 })
                .ToList();
            item.Successors = row.References("successor_body_ids", institutionIds, "institutions.csv")
                .Select((body, index) => new LegalEventSuccessor { LegalEventId = item.Id, InstitutionId = body, Position = index + 1 })
                .ToList();
            item.Zones = row.References("zone_ids", zoneIds, ExportIncentiveSeed.ZonesFile)
                .Select((zone, index) => new LegalEventZone { LegalEventId = item.Id, ZoneId = zone, Position = index + 1 })
                .ToList();
            item.AdministrationId = Administration(row, item, administrations, administrationIds);
            item.DateKey = LegalEvent.DateKeyOf(item.Year, item.Month, item.Day);
            item.SearchText = TextKey.Fold(string.Join(" | ", item.Description, item.InstrumentAsPrinted, item.InstrumentNumber));
            SeedLoader.CheckUnique(seen, item.Id, row, "id");
            events.Add(item);
        }

        foreach (var act in events.GroupBy(e => e.ActId).Where(g => g.Count(e => e.IsPublishedReading) != 1))
            errors.Add("legal-events.csv", 0, "is_published_reading", $"act '{act.Key}' must have exactly one published reading; it has {act.Count(e => e.IsPublishedReading)}.");
        return events;
    }

    /// <summary>
    /// The administration follows from the printed date. Where the paper prints no date but attributes the act to an
    /// administration itself (administration_basis = paper), that attribution stands; a transcribed administration that
    /// disagrees with the date is an error.
    /// </summary>
    private static string? Administration(SeedRow row, LegalEvent item, IReadOnlyList<Administration> administrations, IReadOnlySet<string> ids)
    {
        if (item is { Year: { } y, Month: { } m, Day: { } d } && d > DateTime.DaysInMonth(y, m))
        {
            row.Error("day", $"{y}-{m:00}-{d:00} is not a date.");
            return null;
        }
        // An inferred year (worked out from context or the decree's number, and documented) dates the act as well.
        var computed = AdministrationOn(item.Year ?? item.InferredYear, item.Month, item.Day, administrations)?.Id;
        var transcribed = row.OptionalText("administration_id");
        var basis = row.OptionalText("administration_basis") is null ? null : row.OneOf("administration_basis", ["date", "paper"]);
        SeedLoader.CheckReference(ids, transcribed, row, "administration_id", "administrations.csv");
        if (computed is not null && transcribed is not null && computed != transcribed)
            row.Error("administration_id", $"the date places the act under '{computed}', not '{transcribed}'.");
        if (computed is null && transcribed is not null && basis != "paper")
            row.Error("administration_basis", $"'{transcribed}' does not follow from the printed date; mark it 'paper' if the paper says so.");
        return computed ?? (basis == "paper" ? transcribed : null);
    }

    /// <summary>
    /// The administration in office on a date known to the day, month or year; null when the date is unknown or the
    /// known part spans a change of government (an act of "1990" with no month could be García's or Fujimori's).
    /// An administration's end date is the next one's first day.
    /// </summary>
    public static Administration? AdministrationOn(int? year, int? month, int? day, IReadOnlyList<Administration> administrations)
    {
        if (year is null)
            return null;
        var first = new DateOnly(year.Value, month ?? 1, day ?? 1);
        var last = day is not null ? first
            : month is not null ? first.AddMonths(1).AddDays(-1)
            : new DateOnly(year.Value, 12, 31);
        var candidates = administrations.Where(a => a.StartDate <= last && a.EndDate > first).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }
}
