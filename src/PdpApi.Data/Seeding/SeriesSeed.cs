using System.Globalization;

namespace PdpApi.Data.Seeding;

/// <summary>
/// Reads the statistical series (series.csv) and their observations (series-observations.csv). Table 4's series take
/// their observations from government-investment.csv, where its cells are already transcribed, so no number is kept twice.
/// </summary>
internal static class SeriesSeed
{
    public static readonly string[] FileNames = ["series.csv", "series-observations.csv"];

    private static readonly string[] SeriesColumns =
        ["code", "title", "unit", "unit_note", "period_convention", "dimension", "source_id", "paper_line", "footnotes", "note"];

    private static readonly string[] ObservationColumns =
    [
        "series_code", "period", "period_as_printed", "period_start_year", "period_end_year", "dimension_id", "dimension_as_printed",
        "dimension_parent_id", "dimension_position", "value", "value_as_printed", "null_reason", "source_id", "paper_line", "footnotes", "note",
    ];

    /// <summary>Table 4's series and the government-investment.csv measure each one is made of.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Table4Measures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["t4-government-investment-by-type"] = "share-of-government-investment-percent",
        ["t4-annual-average-investment-expenditure"] = "annual-average-investment-expenditure-millions-usd",
        ["t4-investment-share-of-government-expenditure"] = "share-of-total-government-expenditure-percent",
        ["t4-investment-share-of-gdp"] = "share-of-gdp-percent",
    };

    public static (List<StatisticalSeries> Series, List<SeriesObservation> Observations) Read(string directory,
        IReadOnlySet<string> sourceIds, IReadOnlyList<InstitutionFigure> institutionFigures, SeedErrors errors)
    {
        var series = ReadSeries(directory, sourceIds, errors);
        var byCode = series.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var observations = ReadObservations(directory, sourceIds, byCode, errors);
        foreach (var (code, measure) in Table4Measures)
        {
            if (!byCode.TryGetValue(code, out var table4))
            {
                errors.Add(FileNames[0], 0, "code", $"the series '{code}' (Table 4, {measure}) is missing.");
                continue;
            }
            var cells = institutionFigures.Where(f => f.Dataset == InstitutionFigureDataset.GovernmentInvestment && f.Provenance.SourceId == "table-4" && f.Measure == measure).ToList();
            if (cells.Count == 0)
                errors.Add(FileNames[0], 0, "code", $"no Table 4 cell in government-investment.csv has the measure '{measure}' of series '{code}'.");
            var rows = cells.Select(c => c.RowId).Distinct().ToList();
            var first = observations.Count;
            observations.AddRange(cells.Select((cell, index) => new SeriesObservation
            {
                Id = first + index + 1,
                SeriesCode = code,
                Period = new Period { Label = cell.PeriodLabel!, StartYear = cell.StartYear!.Value, EndYear = cell.EndYear!.Value },
                PeriodAsPrinted = cell.PeriodAsPrinted!,
                DimensionId = table4.Dimension == "none" ? null : cell.RowId,
                DimensionAsPrinted = table4.Dimension == "none" ? null : cell.RowAsPrinted,
                DimensionParentId = null,
                DimensionPosition = table4.Dimension == "none" ? null : rows.IndexOf(cell.RowId) + 1,
                Value = cell.Value,
                ValueAsPrinted = cell.ValueAsPrinted,
                NullReason = cell.NullReason,
                Provenance = new Provenance { SourceId = cell.Provenance.SourceId, FootnoteMarkers = cell.Provenance.FootnoteMarkers, Note = cell.Provenance.Note },
            }));
        }
        return (series, observations);
    }

    private static List<StatisticalSeries> ReadSeries(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var series = new List<StatisticalSeries>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, FileNames[0], SeriesColumns, errors).Rows)
        {
            var item = new StatisticalSeries
            {
                Code = row.Text("code"),
                Position = series.Count + 1,
                Title = row.Text("title"),
                Unit = row.Enum<SeriesUnit>("unit"),
                UnitNote = row.OptionalText("unit_note"),
                PeriodConvention = row.Enum<PeriodConvention>("period_convention"),
                Dimension = row.Text("dimension"),
                Provenance = row.Provenance(sourceIds),
                SearchText = "",
            };
            item.SearchText = TextKey.Fold(string.Join(" | ", new[] { item.Code, item.Title, item.UnitNote }.OfType<string>()));
            if (!IsKebab(item.Code))
                row.Error("code", $"'{item.Code}' is not a kebab-case code (lower-case letters, digits and single hyphens).");
            if (!IsKebab(item.Dimension))
                row.Error("dimension", $"'{item.Dimension}' is not a kebab-case dimension name ('none' when the series has no breakdown).");
            SeedLoader.CheckUnique(seen, item.Code, row, "code");
            series.Add(item);
        }
        return series;
    }

    private static List<SeriesObservation> ReadObservations(string directory, IReadOnlySet<string> sourceIds,
        Dictionary<string, StatisticalSeries> series, SeedErrors errors)
    {
        var observations = new List<SeriesObservation>();
        var seen = new HashSet<(string, string, string?)>();
        var rows = SeedCsv.Read(directory, FileNames[1], ObservationColumns, errors).Rows;
        // A parent may be a row of a sibling series of the same table: Table 15's Total row is in millions of dollars,
        // so it is a series of its own while the sectors' shares still name it as their parent.
        var dimensionIds = rows
            .Select(r => (Source: r.OptionalText("source_id"), Id: r.OptionalText("dimension_id")))
            .Where(p => p.Source is not null && p.Id is not null)
            .ToHashSet();
        foreach (var row in rows)
        {
            var (value, reason) = row.ValueOrReason("value", "null_reason");
            var observation = new SeriesObservation
            {
                Id = observations.Count + 1,
                SeriesCode = row.Text("series_code"),
                Period = row.Period("period", "period_start_year", "period_end_year"),
                PeriodAsPrinted = row.OptionalText("period_as_printed"),
                DimensionId = row.OptionalText("dimension_id"),
                DimensionAsPrinted = row.OptionalText("dimension_as_printed"),
                DimensionParentId = row.OptionalText("dimension_parent_id"),
                DimensionPosition = row.OptionalInt("dimension_position", 1, 1000),
                Value = value,
                ValueAsPrinted = row.OptionalText("value_as_printed"),
                NullReason = reason,
                Provenance = row.Provenance(sourceIds),
            };
            var label = observation.Period.StartYear == observation.Period.EndYear
                ? observation.Period.StartYear.ToString(CultureInfo.InvariantCulture)
                : $"{observation.Period.StartYear}-{observation.Period.EndYear}";
            if (observation.Period.Label != label)
                row.Error("period", $"'{observation.Period.Label}' should be written '{label}' (the printed heading goes in period_as_printed).");
            if (!series.TryGetValue(observation.SeriesCode, out var owner))
            {
                row.Error("series_code", $"'{observation.SeriesCode}' does not match any code in series.csv.");
            }
            else if (Table4Measures.ContainsKey(owner.Code))
            {
                row.Error("series_code", $"'{owner.Code}' takes its observations from government-investment.csv.");
            }
            else if (owner.Dimension == "none")
            {
                if (observation.DimensionId is not null || observation.DimensionAsPrinted is not null || observation.DimensionParentId is not null || observation.DimensionPosition is not null)
                    row.Error("dimension_id", $"series '{owner.Code}' has no dimension, so the dimension columns stay empty.");
            }
            else if (observation.DimensionId is null || observation.DimensionAsPrinted is null || observation.DimensionPosition is null)
            {
                row.Error("dimension_id", $"series '{owner.Code}' varies by {owner.Dimension}: dimension_id, dimension_as_printed and dimension_position are required.");
            }
            if (observation.DimensionParentId is not null && !dimensionIds.Contains((observation.Provenance.SourceId, observation.DimensionParentId)))
                row.Error("dimension_parent_id", $"'{observation.DimensionParentId}' is not a dimension_id of any series of {observation.Provenance.SourceId}.");
            SeedLoader.CheckUnique(seen, (observation.SeriesCode, observation.Period.Label, observation.DimensionId), row, "period");
            observations.Add(observation);
        }
        return observations;
    }

    private static bool IsKebab(string text) =>
        text.Length > 0 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && !text.StartsWith('-') && !text.EndsWith('-') && !text.Contains("--", StringComparison.Ordinal);
}
