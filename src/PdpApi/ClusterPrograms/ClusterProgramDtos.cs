using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.ClusterPrograms;

/// <summary>A cluster programme of Section 7: who funded and ran it, when, and which Table 19 clusters it worked with.</summary>
public sealed record ClusterProgramDto
{
    /// <summary>Slug, such as <c>development-of-business-networks</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The name as printed (for a programme the paper does not name, the phrase that describes it).</summary>
    public required string NameAsPrinted { get; init; }
    /// <summary>The acronym as printed; null when none.</summary>
    public required string? Acronym { get; init; }
    /// <summary>
    /// Classification (ours, not the paper's): donor-funded-project, donor-funded-programme, donor-supported-programme,
    /// government-programme, technology-centres-network, industrial-park, political-initiative.
    /// </summary>
    public required ClusterProgramKind Kind { get; init; }
    /// <summary>The paper's own words on the programme's objective.</summary>
    public required string Description { get; init; }
    /// <summary>The donor as printed; null when the paper names none.</summary>
    public required string? Donor { get; init; }
    /// <summary>The executing agency as printed; null when the paper names none.</summary>
    public required string? ExecutingAgency { get; init; }
    /// <summary>When it started: the phrase as printed and the year and month where the phrase gives them.</summary>
    public required ProgramDateDto Start { get; init; }
    /// <summary>When it ended: the phrase as printed and the year where given (no programme has a printed end year).</summary>
    public required ProgramDateDto End { get; init; }
    /// <summary>Table 19 clusters the programme worked with (ids for /api/v1/clusters/{id}).</summary>
    public required IReadOnlyList<int> ClusterIds { get; init; }
    /// <summary>Institutions involved (ids for /api/v1/institutions/{id}).</summary>
    public required IReadOnlyList<string> InstitutionIds { get; init; }
    /// <summary>Source section, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A programme's start or end: the phrase as printed and the parts of it that are a date.</summary>
public sealed record ProgramDateDto
{
    /// <summary>The phrase that gives the date, as printed ("The first disbursement took place in September 2004"); null when none.</summary>
    public required string? AsPrinted { get; init; }
    /// <summary>The year, where the phrase prints one; null otherwise ("the early 1980s").</summary>
    public required int? Year { get; init; }
    /// <summary>The month (1-12), where printed.</summary>
    public required int? Month { get; init; }
    /// <summary>The date as ISO 8601 at the precision printed (<c>2004-09</c> or <c>2004</c>); null when the year is.</summary>
    public string? Date => IsoDates.Format(Year, Month, null);
}

/// <summary>A programme with everything the paper says in numbers about it: its figures and, for the business-networks project, Table 20's goals.</summary>
public sealed record ClusterProgramDetailDto
{
    /// <summary>The programme.</summary>
    public required ClusterProgramDto Program { get; init; }
    /// <summary>The figures the text gives for it (amounts, counts, dates), in the paper's order.</summary>
    public required IReadOnlyList<ClusterProgramFigureDto> Figures { get; init; }
    /// <summary>Table 20's goals and their achievement; empty for other programmes.</summary>
    public required IReadOnlyList<ClusterProgramGoalDto> Goals { get; init; }
}

/// <summary>A number or dated event the text states for a cluster programme.</summary>
public sealed record ClusterProgramFigureDto
{
    /// <summary>The programme's id.</summary>
    public required string ProgramId { get; init; }
    /// <summary>Slug, unique within the programme.</summary>
    public required string Id { get; init; }
    /// <summary>The Table 19 cluster the figure is about, when it concerns one only (6 Gamarra, 9 Cusco).</summary>
    public required int? ClusterId { get; init; }
    /// <summary>The sentence fragment that states it, verbatim.</summary>
    public required string Description { get; init; }
    /// <summary>The number in the unit; null for a date or an unquantified share ("half" is kept as printed).</summary>
    public required double? Value { get; init; }
    /// <summary>
    /// usd, millions-usd, percent, networks-count, firms-count, workers-count, persons-count, organizations-count,
    /// cites-count, clusters-count, components-count, rounds-count, families-count, score-1-to-5, share, date.
    /// </summary>
    public required ProgramFigureUnit Unit { get; init; }
    /// <summary>The number as printed (words stay words: "seven").</summary>
    public required string ValueAsPrinted { get; init; }
    /// <summary>at least, about, up to, expected, estimated ... as printed.</summary>
    public required string? Qualifier { get; init; }
    /// <summary>text or footnote where the paper gives two versions of the figure (the CITE count); null otherwise.</summary>
    public required Reading? Reading { get; init; }
    /// <summary>
    /// Where the paper gives two readings: true for the published one (footnote 23's twelve CITEs, each named), false
    /// for the other (Section 7.4's three public and ten private); null where the paper gives one.
    /// </summary>
    public required bool? Published { get; init; }
    /// <summary>Year of the figure or event, where printed.</summary>
    public required int? Year { get; init; }
    /// <summary>Month (1-12), where printed.</summary>
    public required int? Month { get; init; }
    /// <summary>The date as ISO 8601 at the precision printed (<c>2004-09</c> or <c>2004</c>); null when the year is.</summary>
    public string? Date => IsoDates.Format(Year, Month, null);
    /// <summary>The period the figure covers, where it is a span; null otherwise.</summary>
    public required PeriodDto? Period { get; init; }
    /// <summary>Source section, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>An indicator row of Table 20: a goal of the business-networks project in Gamarra and Cusco, its target and its achievement.</summary>
public sealed record ClusterProgramGoalDto
{
    /// <summary>The programme's id (<c>development-of-business-networks</c>).</summary>
    public required string ProgramId { get; init; }
    /// <summary>Component and goal number (<c>ii-4</c>; <c>i-1-firms</c> for the second indicator row of goal I.1).</summary>
    public required string Id { get; init; }
    /// <summary>Component id, i to iv.</summary>
    public required string ComponentId { get; init; }
    /// <summary>The component heading as printed.</summary>
    public required string ComponentAsPrinted { get; init; }
    /// <summary>The goal number as printed; null for an unnumbered indicator row.</summary>
    public required string? GoalNumberAsPrinted { get; init; }
    /// <summary>The goal text as printed.</summary>
    public required string GoalAsPrinted { get; init; }
    /// <summary>This row's text (the goal, or the part of it this row measures).</summary>
    public required string IndicatorAsPrinted { get; init; }
    /// <summary>The target stated in the goal.</summary>
    public required GoalTargetDto Target { get; init; }
    /// <summary>The "Total" column: what was achieved.</summary>
    public required GoalAchievedDto Achieved { get; init; }
    /// <summary>The "Achievement (%)" column as a number; null when the table prints a sentence instead (see achievementAsPrinted).</summary>
    public required double? AchievementPercent { get; init; }
    /// <summary>The "Achievement (%)" cell as printed.</summary>
    public required string? AchievementAsPrinted { get; init; }
    /// <summary>Why the achieved value or the achievement is null (not-available: the table prints a sentence).</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>
    /// Doubts about the row: achievement-not-ratio (the percent is not achieved / target), unit-unclear,
    /// same-cells-as-ii-1, placeholder-zero. Empty when none.
    /// </summary>
    public required IReadOnlyList<GoalDoubt> Flags { get; init; }
    /// <summary>The clusters the row reports on jointly (6 Gamarra and 9 Cusco: the table gives no split).</summary>
    public required IReadOnlyList<int> ClusterIds { get; init; }
    /// <summary>Source table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A goal's target.</summary>
public sealed record GoalTargetDto
{
    /// <summary>The target number, when the goal states a single one; null otherwise (see basis).</summary>
    public required double? Value { get; init; }
    /// <summary>Unit of the target (networks, firms, persons, percent, workshops, entities).</summary>
    public required string? Unit { get; init; }
    /// <summary>at least, in each cluster, for each network ...</summary>
    public required string? Qualifier { get; init; }
    /// <summary>The part of the goal text that states the target.</summary>
    public required string? AsPrinted { get; init; }
    /// <summary>printed (a single number), composite (several numbers, not combined) or not-numeric.</summary>
    public required GoalTargetBasis Basis { get; init; }
}

/// <summary>What a goal achieved: the "Total" cell.</summary>
public sealed record GoalAchievedDto
{
    /// <summary>The number; null when the cell is empty.</summary>
    public required double? Value { get; init; }
    /// <summary>Unit read from the goal text; not-stated where it cannot be read.</summary>
    public required string? Unit { get; init; }
    /// <summary>The cell as printed.</summary>
    public required string? AsPrinted { get; init; }
}
