namespace PdpApi.Data.Seeding;

/// <summary>
/// Reads the cluster programmes of Section 7 (cluster-programs.csv), the figures the text gives for them
/// (cluster-program-figures.csv) and Table 20's goals (cluster-program-goals.csv).
/// </summary>
internal static class ClusterProgramSeed
{
    public static readonly string[] FileNames = ["cluster-programs.csv", "cluster-program-figures.csv", "cluster-program-goals.csv"];

    private static readonly string[] ProgramColumns =
    [
        "id", "name_as_printed", "acronym", "kind", "description", "donor", "executing_agency", "start_as_printed", "start_year",
        "start_month", "end_as_printed", "end_year", "cluster_ids", "institution_ids", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] FigureColumns =
    [
        "program_id", "id", "cluster_id", "description", "value", "value_unit", "value_as_printed", "qualifier", "reading", "published", "year",
        "month", "period", "period_start_year", "period_end_year", "source_id", "paper_line", "footnotes", "note",
    ];

    private static readonly string[] GoalColumns =
    [
        "program_id", "cluster_id", "component_id", "component_as_printed", "goal_id", "goal_number_as_printed", "goal_as_printed",
        "indicator_as_printed", "target_value", "target_unit", "target_qualifier", "target_as_printed", "target_basis",
        "achieved_value", "achieved_unit", "achieved_as_printed", "achievement_percent", "achievement_as_printed", "null_reason",
        "flag", "source_id", "paper_line", "footnotes", "note",
    ];

    public static ClusterProgramData Read(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<int> clusterIds,
        IReadOnlySet<string> institutionIds, SeedErrors errors)
    {
        var programs = ReadPrograms(directory, sourceIds, clusterIds, institutionIds, errors);
        var programIds = programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new ClusterProgramData(programs,
            ReadFigures(directory, sourceIds, programIds, clusterIds, errors),
            ReadGoals(directory, sourceIds, programIds, clusterIds, errors));
    }

    private static List<ClusterProgram> ReadPrograms(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<int> clusterIds,
        IReadOnlySet<string> institutionIds, SeedErrors errors)
    {
        var programs = new List<ClusterProgram>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, FileNames[0], ProgramColumns, errors).Rows)
        {
            var id = row.Text("id");
            var program = new ClusterProgram
            {
                Id = id,
                Position = programs.Count + 1,
                NameAsPrinted = row.Text("name_as_printed"),
                Acronym = row.OptionalText("acronym"),
                Kind = row.Enum<ClusterProgramKind>("kind"),
                Description = row.Text("description"),
                Donor = row.OptionalText("donor"),
                ExecutingAgency = row.OptionalText("executing_agency"),
                StartAsPrinted = row.OptionalText("start_as_printed"),
                StartYear = row.OptionalInt("start_year", 1900, 2100),
                StartMonth = row.OptionalInt("start_month", 1, 12),
                EndAsPrinted = row.OptionalText("end_as_printed"),
                EndYear = row.OptionalInt("end_year", 1900, 2100),
                Institutions = row.List("institution_ids").Select((institution, i) => new ClusterProgramInstitution { ProgramId = id, InstitutionId = institution, Position = i + 1 }).ToList(),
                Clusters = ClusterIds(row, "cluster_ids", clusterIds).Select(c => new ClusterProgramCluster { ProgramId = id, ClusterId = c }).ToList(),
                Provenance = row.Provenance(sourceIds),
                SearchText = "",
            };
            program.SearchText = TextKey.Fold(string.Join(" | ", new[]
                { program.NameAsPrinted, program.Acronym, program.Description, program.Donor, program.ExecutingAgency }.OfType<string>()));
            foreach (var institution in row.List("institution_ids"))
                SeedLoader.CheckReference(institutionIds, institution, row, "institution_ids", "institutions.csv");
            if (program.StartMonth is not null && program.StartYear is null)
                row.Error("start_month", "a start month needs its start year.");
            SeedLoader.CheckUnique(seen, id, row, "id");
            programs.Add(program);
        }
        return programs;
    }

    private static List<ClusterProgramFigure> ReadFigures(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> programIds,
        IReadOnlySet<int> clusterIds, SeedErrors errors)
    {
        var figures = new List<ClusterProgramFigure>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in SeedCsv.Read(directory, FileNames[1], FigureColumns, errors).Rows)
        {
            var clusters = ClusterIds(row, "cluster_id", clusterIds);
            var figure = new ClusterProgramFigure
            {
                ProgramId = row.Text("program_id"),
                Id = row.Text("id"),
                Position = figures.Count + 1,
                ClusterId = clusters.Count == 1 ? clusters[0] : null,
                Description = row.Text("description"),
                Value = row.OptionalDouble("value"),
                Unit = row.Enum<ProgramFigureUnit>("value_unit"),
                ValueAsPrinted = row.Text("value_as_printed"),
                Qualifier = row.OptionalText("qualifier"),
                Reading = row.OptionalText("reading") is null ? null : row.Enum<Reading>("reading"),
                Published = row.OptionalText("published") is null ? null : row.Bool("published"),
                Year = row.OptionalInt("year", 1900, 2100),
                Month = row.OptionalInt("month", 1, 12),
                PeriodLabel = row.OptionalText("period"),
                StartYear = row.OptionalInt("period_start_year", 1900, 2100),
                EndYear = row.OptionalInt("period_end_year", 1900, 2100),
                Provenance = row.Provenance(sourceIds),
            };
            if (clusters.Count > 1)
                row.Error("cluster_id", "a figure concerns one cluster at most.");
            if ((figure.Reading is null) != (figure.Published is null))
                row.Error("published", "a figure with a reading says whether it is the published one (true or false); one without a reading leaves it empty.");
            if (figure.Value is null && figure.Unit is not (ProgramFigureUnit.Date or ProgramFigureUnit.Share))
                row.Error("value", $"a figure in {EnumText.Name(figure.Unit)} needs a value.");
            if ((figure.PeriodLabel is null) != (figure.StartYear is null) || (figure.StartYear is null) != (figure.EndYear is null))
                row.Error("period", "period, period_start_year and period_end_year are all set or all empty.");
            SeedLoader.CheckReference(programIds, figure.ProgramId, row, "program_id", FileNames[0]);
            SeedLoader.CheckUnique(seen, (figure.ProgramId, figure.Id), row, "id");
            figures.Add(figure);
        }
        return figures;
    }

    private static List<ClusterProgramGoal> ReadGoals(string directory, IReadOnlySet<string> sourceIds, IReadOnlySet<string> programIds,
        IReadOnlySet<int> clusterIds, SeedErrors errors)
    {
        var goals = new List<ClusterProgramGoal>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in SeedCsv.Read(directory, FileNames[2], GoalColumns, errors).Rows)
        {
            var achieved = row.OptionalDouble("achieved_value");
            var achievement = row.OptionalDouble("achievement_percent");
            var reason = row.OptionalText("null_reason") is null ? (NullReason?)null : row.Enum<NullReason>("null_reason");
            var programId = row.Text("program_id");
            var goalId = row.Text("goal_id");
            var goal = new ClusterProgramGoal
            {
                ProgramId = programId,
                Id = goalId,
                Position = goals.Count + 1,
                ComponentId = row.Text("component_id"),
                ComponentAsPrinted = row.Text("component_as_printed"),
                GoalNumberAsPrinted = row.OptionalText("goal_number_as_printed"),
                GoalAsPrinted = row.Text("goal_as_printed"),
                IndicatorAsPrinted = row.Text("indicator_as_printed"),
                TargetValue = row.OptionalDouble("target_value"),
                TargetUnit = row.OptionalText("target_unit"),
                TargetQualifier = row.OptionalText("target_qualifier"),
                TargetAsPrinted = row.OptionalText("target_as_printed"),
                TargetBasis = row.Enum<GoalTargetBasis>("target_basis"),
                AchievedValue = achieved,
                AchievedUnit = row.OptionalText("achieved_unit"),
                AchievedAsPrinted = row.OptionalText("achieved_as_printed"),
                AchievementPercent = achievement,
                AchievementAsPrinted = row.OptionalText("achievement_as_printed"),
                NullReason = reason,
                Flags = row.EnumList<GoalDoubt>("flag"),
                Clusters = ClusterIds(row, "cluster_id", clusterIds)
                    .Select((cluster, i) => new ClusterProgramGoalCluster { ProgramId = programId, GoalId = goalId, ClusterId = cluster, Position = i + 1 })
                    .ToList(),
                Provenance = row.Provenance(sourceIds),
            };
            if ((achieved is null || achievement is null) != (reason is not null))
                row.Error("null_reason", reason is null ? "a missing achieved value or achievement needs its reason." : "nothing is missing, so no null reason.");
            if ((goal.TargetBasis == GoalTargetBasis.Printed) != (goal.TargetValue is not null))
                row.Error("target_value", "a target value goes with target_basis 'printed', and only with it.");
            SeedLoader.CheckReference(programIds, goal.ProgramId, row, "program_id", FileNames[0]);
            SeedLoader.CheckUnique(seen, (goal.ProgramId, goal.Id), row, "goal_id");
            goals.Add(goal);
        }
        return goals;
    }

    private static List<int> ClusterIds(SeedRow row, string column, IReadOnlySet<int> known)
    {
        var ids = new List<int>();
        foreach (var text in row.List(column))
        {
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                row.Error(column, $"'{text}' is not a cluster id.");
            else if (!known.Contains(id))
                row.Error(column, $"'{id}' does not match any id in clusters.csv.");
            else if (ids.Contains(id))
                row.Error(column, $"'{id}' is listed twice.");
            else
                ids.Add(id);
        }
        return ids;
    }
}

/// <summary>The cluster programmes with their figures and Table 20 goals.</summary>
public sealed record ClusterProgramData(
    IReadOnlyList<ClusterProgram> Programs,
    IReadOnlyList<ClusterProgramFigure> Figures,
    IReadOnlyList<ClusterProgramGoal> Goals);
