namespace PdpApi.Data.Seeding;

/// <summary>Reads the institutions, the economic failures they address, their links and ministries, the administrations and the legal events.</summary>
internal static class InstitutionSeed
{
    private static readonly string[] InstitutionColumns =
    [
        "id", "acronym", "name", "name_variants", "kind", "description", "description_paper_lines", "objectives", "services",
        "sectors_served", "firm_sizes_served", "governance", "beneficiary_outreach", "table3_dimension", "table3_type",
        "table3_cell_as_printed", "table3_paper_line", "is_selected_pdp", "selected_in_tables", "same_as_id",
        "table11_row_label", "table11_paper_lines", "table11_failures_as_printed", "table11_legal_framework_as_printed",
        "table11_sectors_and_sizes_as_printed", "table11_institutional_framework_as_printed", "source_id", "paper_line",
        "footnotes", "note",
    ];

    private static readonly string[] FailureColumns =
        ["id", "name", "framework_group", "in_section_3_1", "description", "description_paper_lines", "source_id", "paper_line", "footnotes", "note"];

    private static readonly string[] InstitutionFailureColumns =
        ["institution_id", "failure_id", "evidence", "evidence_kind", "mapping", "source_id", "paper_line", "footnotes", "note"];

    private static readonly string[] LinkColumns =
    [
        "change_id", "from_id", "to_id", "relation", "year", "year_null_reason", "month", "day", "date_as_printed",
        "instrument_as_printed", "reading", "preferred_reading", "evidence", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] MinistryColumns =
    [
        "institution_id", "ministry_id", "from_year", "from_year_null_reason", "to_year", "to_year_null_reason",
        "period_as_printed", "basis", "reading", "preferred_reading", "evidence", "source_id", "paper_line", "footnotes", "note",
    ];


    public static List<Institution> ReadInstitutions(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var institutions = new List<Institution>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "institutions.csv", InstitutionColumns, errors).Rows)
        {
            var institution = new Institution
            {
                Id = row.Text("id"),
                Acronym = row.OptionalText("acronym"),
                Name = row.Text("name"),
                NameVariants = row.List("name_variants"),
                SameAsId = row.OptionalText("same_as_id"),
                LegalFrameworkAsPrinted = row.OptionalText("table11_legal_framework_as_printed"),
                Kind = row.Enum<InstitutionKind>("kind"),
                Description = row.OptionalText("description"),
                Objectives = row.OptionalText("objectives"),
                Services = row.OptionalText("services"),
                SectorsServed = row.OptionalText("sectors_served"),
                FirmSizesServed = row.OptionalText("firm_sizes_served"),
                Governance = row.OptionalText("governance"),
                BeneficiaryOutreach = row.OptionalText("beneficiary_outreach"),
                Table3Dimension = row.OptionalText("table3_dimension") is null ? null : row.Enum<PdpDimension>("table3_dimension"),
                Table3Type = row.OptionalText("table3_type") is null ? null : row.Enum<PdpType>("table3_type"),
                IsSelectedPdp = row.Bool("is_selected_pdp"),
                Provenance = row.Provenance(sourceIds),
                SearchText = "",
            };
            institution.SearchText = TextKey.Fold(string.Join(" | ", institution.Id, institution.Acronym, institution.Name, string.Join(';', institution.NameVariants),
                institution.Description, institution.Objectives, institution.Services));
            SeedLoader.CheckUnique(seen, institution.Id, row, "id");
            institutions.Add(institution);
        }
        var ids = institutions.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var alias in institutions.Where(i => i.SameAsId is not null && !ids.Contains(i.SameAsId)))
            errors.Add("institutions.csv", 0, "same_as_id", $"'{alias.SameAsId}' (alias of '{alias.Id}') does not match any id.");
        return institutions;
    }

    public static List<EconomicFailure> ReadFailures(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var failures = new List<EconomicFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "economic-failures.csv", FailureColumns, errors).Rows)
        {
            var failure = new EconomicFailure
            {
                Id = row.Text("id"),
                Name = row.Text("name"),
                FrameworkGroup = row.OptionalText("framework_group"),
                InSection31 = row.Bool("in_section_3_1"),
                Description = row.OptionalText("description"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckUnique(seen, failure.Id, row, "id");
            failures.Add(failure);
        }
        return failures;
    }

    /// <summary>Adds each institution's failures, links and ministries, checking every id they name.</summary>
    public static List<InstitutionLink> ReadRelations(
        string directory, IReadOnlySet<string> sourceIds, IReadOnlyList<Institution> institutions, IReadOnlySet<string> failureIds, SeedErrors errors)
    {
        var byId = institutions.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var institutionIds = byId.Keys.ToHashSet(StringComparer.Ordinal);
        var seenFailures = new HashSet<(string, string)>();
        foreach (var row in SeedCsv.Read(directory, "institution-failures.csv", InstitutionFailureColumns, errors).Rows)
        {
            var link = new InstitutionFailure
            {
                InstitutionId = row.Text("institution_id"),
                FailureId = row.Text("failure_id"),
                Evidence = row.OptionalText("evidence"),
                Mapping = row.Enum<FailureMapping>("mapping"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckReference(failureIds, link.FailureId, row, "failure_id", "economic-failures.csv");
            SeedLoader.CheckUnique(seenFailures, (link.InstitutionId, link.FailureId), row, "failure_id");
            if (byId.TryGetValue(link.InstitutionId, out var institution))
                institution.Failures.Add(link);
            else
                row.Error("institution_id", $"'{link.InstitutionId}' does not match any id in institutions.csv.");
        }

        var links = new List<InstitutionLink>();
        var linkLines = new Dictionary<InstitutionLink, int>();
        foreach (var row in SeedCsv.Read(directory, "institution-links.csv", LinkColumns, errors).Rows)
        {
            var link = new InstitutionLink
            {
                Id = links.Count + 1,
                FromId = row.Text("from_id"),
                ToId = row.Text("to_id"),
                Relation = row.Enum<InstitutionRelation>("relation"),
                ChangeId = row.Text("change_id"),
                Year = row.OptionalInt("year", 1900, 2100),
                DateAsPrinted = row.OptionalText("date_as_printed"),
                InstrumentAsPrinted = row.OptionalText("instrument_as_printed"),
                Reading = row.OptionalText("reading") is null ? null : row.Enum<Reading>("reading"),
                IsPublishedReading = row.Bool("preferred_reading"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckReference(institutionIds, link.FromId, row, "from_id", "institutions.csv");
            SeedLoader.CheckReference(institutionIds, link.ToId, row, "to_id", "institutions.csv");
            if (link.FromId == link.ToId)
                row.Error("to_id", "a body cannot be linked to itself.");
            links.Add(link);
            linkLines[link] = row.Line;
        }
        foreach (var change in links.GroupBy(l => l.ChangeId).Where(g => g.Count(l => l.IsPublishedReading) != 1))
            errors.Add("institution-links.csv", 0, "preferred_reading", $"change '{change.Key}' must have exactly one preferred reading; it has {change.Count(l => l.IsPublishedReading)}.");
        // A body cannot be its own predecessor: the published readings must form a lineage without cycles.
        if (FindCycle(links.Where(l => l.IsPublishedReading)) is { } cycle)
        {
            var closing = links.First(l => l.IsPublishedReading && l.FromId == cycle[^2] && l.ToId == cycle[^1]);
            errors.Add("institution-links.csv", linkLines[closing], "to_id", $"the published links form a cycle: {string.Join(" -> ", cycle)}.");
        }

        var spans = 0;
        foreach (var row in SeedCsv.Read(directory, "institution-ministries.csv", MinistryColumns, errors).Rows)
        {
            var span = new InstitutionMinistry
            {
                Id = ++spans,
                InstitutionId = row.Text("institution_id"),
                MinistryId = row.Text("ministry_id"),
                FromYear = row.OptionalInt("from_year", 1900, 2100),
                ToYear = row.OptionalInt("to_year", 1900, 2100),
                Basis = row.Enum<MinistryBasis>("basis"),
                IsPublishedReading = row.Bool("preferred_reading"),
                Provenance = row.Provenance(sourceIds),
            };
            SeedLoader.CheckReference(institutionIds, span.MinistryId, row, "ministry_id", "institutions.csv");
            if (span.FromYear > span.ToYear)
                row.Error("to_year", "the span ends before it starts.");
            if (byId.TryGetValue(span.InstitutionId, out var institution))
                institution.Ministries.Add(span);
            else
                row.Error("institution_id", $"'{span.InstitutionId}' does not match any id in institutions.csv.");
        }
        return links;
    }

    /// <summary>A cycle of links (following their direction) as the bodies it passes through, or null when there is none.</summary>
    public static IReadOnlyList<string>? FindCycle(IEnumerable<InstitutionLink> links)
    {
        var next = links.ToLookup(l => l.FromId, l => l.ToId);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in next.Select(g => g.Key))
        {
            var cycle = Visit(start);
            if (cycle is not null)
                return cycle;
        }
        return null;

        IReadOnlyList<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
                return null;
            if (state.GetValueOrDefault(node) == 1)
                return [.. path.SkipWhile(n => n != node), node];
            state[node] = 1;
            path.Add(node);
            foreach (var target in next[node])
            {
                var cycle = Visit(target);
                if (cycle is not null)
                    return cycle;
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    private static string? OptionalOneOf(SeedRow row, string column, IReadOnlyCollection<string> allowed) =>
        row.OptionalText(column) is null ? null : row.OneOf(column, allowed);
}
