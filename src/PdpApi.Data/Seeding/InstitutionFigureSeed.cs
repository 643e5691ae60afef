namespace PdpApi.Data.Seeding;

/// <summary>
/// Reads the institutions' tables (4, 5, 6, 12, 18), one long-format file each, and the export-finance terms Section 6.2
/// quotes in its text, into one shape.
/// </summary>
internal static class InstitutionFigureSeed
{
    private static readonly string[] BaseColumns =
    [
        "institution_id", "institution_as_printed", "row_id", "row_as_printed", "group_as_printed", "period",
        "period_as_printed", "period_start_year", "period_end_year", "measure", "respondent", "dimension", "dimension_as_printed", "value",
        "value_as_printed", "null_reason", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly (InstitutionFigureDataset Dataset, string File, string[] Extra)[] Files =
    [
        (InstitutionFigureDataset.GovernmentInvestment, "government-investment.csv", []),
        (InstitutionFigureDataset.Expenditure, "institution-expenditure.csv", ["institution_footnotes"]),
        (InstitutionFigureDataset.Features, "institution-features.csv", ["subject", "beneficiary_index", "beneficiary_sector_as_printed", "cell_as_printed", "value_qualifier", "reading"]),
        (InstitutionFigureDataset.Perceptions, "institution-perceptions.csv", ["scale_level", "placement", "label_line", "alternative_dimension"]),
        (InstitutionFigureDataset.Impacts, "institution-impacts.csv", ["component"]),
        (InstitutionFigureDataset.ExportFinance, "institution-export-finance.csv", ["description", "value_qualifier", "bound"]),
    ];

    public static IEnumerable<string> FigureFileNames => Files.Select(f => f.File);


    public static List<InstitutionFigure> Read(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> institutionIds, SeedErrors errors)
    {
        var figures = new List<InstitutionFigure>();
        var costCells = new List<(InstitutionFigure Figure, SeedRow Row)>();
        foreach (var (dataset, file, extra) in Files)
        {
            foreach (var row in SeedCsv.Read(directory, file, [.. BaseColumns, .. extra], errors).Rows)
            {
                var (value, reason) = row.ValueOrReason("value", "null_reason");
                var figure = new InstitutionFigure
                {
                    Id = figures.Count + 1,
                    Dataset = dataset,
                    InstitutionId = row.OptionalText("institution_id"),
                    InstitutionAsPrinted = row.OptionalText("institution_as_printed"),
                    RowId = row.OptionalText("row_id"),
                    RowAsPrinted = row.OptionalText("row_as_printed"),
                    GroupAsPrinted = row.OptionalText("group_as_printed"),
                    PeriodLabel = row.OptionalText("period"),
                    StartYear = row.OptionalInt("period_start_year", 1900, 2100),
                    EndYear = row.OptionalInt("period_end_year", 1900, 2100),
                    Measure = row.Text("measure"),
                    Respondent = row.OptionalText("respondent") is null ? null : row.Enum<Respondent>("respondent"),
                    Dimension = row.OptionalText("dimension"),
                    DimensionAsPrinted = row.OptionalText("dimension_as_printed"),
                    Value = value,
                    ValueAsPrinted = row.OptionalText("value_as_printed"),
                    NullReason = reason,
                    Details = SeedRow.Details(row, extra),
                    Provenance = row.Provenance(sourceIds),
                };
                figure.PeriodAsPrinted = row.PeriodAsPrinted(figure.PeriodLabel, figure.Provenance.FootnoteMarkers);
                if ((figure.PeriodAsPrinted is not null) != (dataset is InstitutionFigureDataset.GovernmentInvestment or InstitutionFigureDataset.Expenditure))
                    row.Error("period_as_printed", "Tables 4 and 5 print every value under a period column, and only they do.");
                if (figure.InstitutionId is null && figure.RowId is null && figure.Dimension is null)
                    row.Error("row_id", "a value belongs to an institution, a named row or a survey dimension.");
                if ((figure.PeriodLabel is null) != (figure.StartYear is null) || figure.EndYear < figure.StartYear)
                    row.Error("period", "a period needs its label and its first and last years, in order.");
                if (figure.PeriodLabel is null && figure.Provenance.Note is null)
                    row.Error("note", "a value without a period needs a note saying why.");
                if (extra.Contains("description") && row.OptionalText("description") is null)
                    row.Error("description", "a figure quoted in the text needs the paper's words that state it.");
                if (extra.Contains("bound"))
                    row.OptionalBound();
                SeedLoader.CheckReference(institutionIds, figure.InstitutionId, row, "institution_id", "institutions.csv");
                if (dataset == InstitutionFigureDataset.Impacts && (figure.Measure == ResourcesPerBeneficiary || BeneficiaryCounts.Contains(figure.Measure)))
                    costCells.Add((figure, row));
                figures.Add(figure);
            }
        }
        CheckComponents(costCells);
        return figures;
    }

    private const string ResourcesPerBeneficiary = "resources-per-beneficiary-usd";
    private static readonly string[] BeneficiaryCounts = ["beneficiaries-count", "annual-average-beneficiaries-count"];

    /// <summary>
    /// Where Table 18 prints resources for parts of an institution (INCAGRO's FDSE and FTA), the cost-effectiveness
    /// indicator compares each part with its own beneficiaries: each resources cell needs a component of its own, and
    /// each component one beneficiaries cell.
    /// </summary>
    private static void CheckComponents(List<(InstitutionFigure Figure, SeedRow Row)> cells)
    {
        foreach (var institution in cells.GroupBy(c => c.Figure.InstitutionId))
        {
            var resources = institution.Where(c => c.Figure.Measure == ResourcesPerBeneficiary).ToList();
            if (resources.Count < 2)
                continue;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (figure, row) in resources)
            {
                var component = row.OptionalText("component");
                if (component is null || !seen.Add(component))
                {
                    row.Error("component", $"{institution.Key} has {resources.Count} resources-per-beneficiary cells; give each a component of its own (fdse, fta ...).");
                    continue;
                }
                var counts = institution.Count(c => BeneficiaryCounts.Contains(c.Figure.Measure) && c.Row.OptionalText("component") == component);
                if (counts != 1)
                    row.Error("component", $"component '{component}' of {institution.Key} needs one beneficiaries cell with the same component; found {counts}.");
            }
        }
    }

    private static readonly string[] RespondentColumns = ["institution_id", "institution_as_printed", "position_as_printed", "source_id", "paper_line", "footnotes", "note"];

    private static readonly string[] FirmColumns =
        ["firm_id", "firm_name", "respondent_position_as_printed", "institution_as_printed", "institution_ids", "source_id", "paper_line", "footnotes", "note"];

    public static List<SurveyRespondent> ReadRespondents(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> institutionIds, SeedErrors errors)
    {
        var respondents = new List<SurveyRespondent>();
        foreach (var row in SeedCsv.Read(directory, "survey-respondents.csv", RespondentColumns, errors).Rows)
        {
            var respondent = new SurveyRespondent
            {
                Id = respondents.Count + 1,
                InstitutionId = row.OptionalText("institution_id"),
                InstitutionAsPrinted = row.Text("institution_as_printed"),
                PositionAsPrinted = row.Text("position_as_printed"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckReference(institutionIds, respondent.InstitutionId, row, "institution_id", "institutions.csv");
            respondents.Add(respondent);
        }
        return respondents;
    }

    public static List<BeneficiaryFirm> ReadFirms(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> institutionIds, SeedErrors errors)
    {
        var firms = new List<BeneficiaryFirm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "beneficiary-firms.csv", FirmColumns, errors).Rows)
        {
            var ids = row.List("institution_ids");
            foreach (var id in ids)
                SeedLoader.CheckReference(institutionIds, id, row, "institution_ids", "institutions.csv");
            var firm = new BeneficiaryFirm
            {
                Id = row.Text("firm_id"),
                Name = row.Text("firm_name"),
                RespondentPositionAsPrinted = row.OptionalText("respondent_position_as_printed"),
                InstitutionAsPrinted = row.OptionalText("institution_as_printed"),
                Institutions = ids.Select((id, i) => new BeneficiaryFirmInstitution { FirmId = row.Text("firm_id"), InstitutionId = id, Position = i + 1 }).ToList(),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckUnique(seen, firm.Id, row, "firm_id");
            firms.Add(firm);
        }
        return firms;
    }
}
