namespace PdpApi.Data;

/// <summary>A cell of Table 17: an FDI flow or stock by sector and period, or one of the totals below the shares.</summary>
public sealed class FdiValue
{
    public int Id { get; set; }
    /// <summary>Sector slug; <c>total</c> for the national totals, <c>inward-fdi</c>/<c>outward-fdi</c> for the UNCTAD rows.</summary>
    public required string SectorId { get; set; }
    public required string SectorAsPrinted { get; set; }
    public string? ParentSectorId { get; set; }
    public int SectorPosition { get; set; }
    public required FlowOrStock FlowOrStock { get; set; }
    public required Period Period { get; set; }
    public required FdiMeasure Measure { get; set; }
    public required FdiSourceSeries SourceSeries { get; set; }
    public double? Value { get; set; }
    public string? ValueAsPrinted { get; set; }
    public NullReason? NullReason { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>Whether an FDI value is investment in the period or accumulated investment.</summary>
public enum FlowOrStock
{
    /// <summary>Investment in the period.</summary>
    Flow,
    /// <summary>Accumulated investment at the end of the period.</summary>
    Stock,
}

/// <summary>The unit of an FDI value in Table 17.</summary>
public enum FdiMeasure
{
    /// <summary>Percent of the column's total FDI.</summary>
    SharePercent,
    /// <summary>Millions of US dollars.</summary>
    MillionsUsd,
    /// <summary>Rate of growth, percent.</summary>
    GrowthPercent,
    /// <summary>Percent of GDP.</summary>
    ShareOfGdpPercent,
}

/// <summary>Which series of Table 17 a value belongs to.</summary>
public enum FdiSourceSeries
{
    /// <summary>PROINVERSION: the rows above "UNCTAD DATA".</summary>
    National,
    /// <summary>UNCTAD: inward and outward FDI.</summary>
    Unctad,
}

/// <summary>A cluster programme of Section 7 (business networks, CITEs, the Cluster Promotion Program ...).</summary>
public sealed class ClusterProgram
{
    public required string Id { get; set; }
    public int Position { get; set; }
    public required string NameAsPrinted { get; set; }
    public string? Acronym { get; set; }
    public required ClusterProgramKind Kind { get; set; }
    public required string Description { get; set; }
    public string? Donor { get; set; }
    public string? ExecutingAgency { get; set; }
    public string? StartAsPrinted { get; set; }
    public int? StartYear { get; set; }
    public int? StartMonth { get; set; }
    public string? EndAsPrinted { get; set; }
    public int? EndYear { get; set; }
    /// <summary>The institutions that run or fund it, in the order the paper names them.</summary>
    public List<ClusterProgramInstitution> Institutions { get; set; } = [];
    public List<ClusterProgramCluster> Clusters { get; set; } = [];
    public required Provenance Provenance { get; set; }
    /// <summary>Name, acronym, description, donor and agency folded for free-text search.</summary>
    public required string SearchText { get; set; }
}

/// <summary>A Table 19 cluster a programme works with.</summary>
public sealed class ClusterProgramCluster
{
    public required string ProgramId { get; set; }
    public int ClusterId { get; set; }
    public ClusterProgram? Program { get; set; }
}

/// <summary>A number or dated event the text states for a cluster programme.</summary>
public sealed class ClusterProgramFigure
{
    public required string ProgramId { get; set; }
    public required string Id { get; set; }
    public int Position { get; set; }
    public int? ClusterId { get; set; }
    public required string Description { get; set; }
    public double? Value { get; set; }
    public required ProgramFigureUnit Unit { get; set; }
    public required string ValueAsPrinted { get; set; }
    public string? Qualifier { get; set; }
    /// <summary>text or footnote where the paper gives two versions of the figure; null otherwise.</summary>
    public Reading? Reading { get; set; }
    /// <summary>Where the paper gives two readings: true for the one the API publishes; null where there is one.</summary>
    public bool? Published { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public string? PeriodLabel { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>An indicator row of Table 20: a goal of the business-networks project, its target and what was achieved.</summary>
public sealed class ClusterProgramGoal
{
    public required string ProgramId { get; set; }
    public required string Id { get; set; }
    public int Position { get; set; }
    public required string ComponentId { get; set; }
    public required string ComponentAsPrinted { get; set; }
    public string? GoalNumberAsPrinted { get; set; }
    public required string GoalAsPrinted { get; set; }
    public required string IndicatorAsPrinted { get; set; }
    public double? TargetValue { get; set; }
    public string? TargetUnit { get; set; }
    public string? TargetQualifier { get; set; }
    public string? TargetAsPrinted { get; set; }
    public required GoalTargetBasis TargetBasis { get; set; }
    public double? AchievedValue { get; set; }
    public string? AchievedUnit { get; set; }
    public string? AchievedAsPrinted { get; set; }
    public double? AchievementPercent { get; set; }
    public string? AchievementAsPrinted { get; set; }
    public NullReason? NullReason { get; set; }
    /// <summary>Doubts about the row, in the order the seed lists them; empty when none.</summary>
    public IReadOnlyList<GoalDoubt> Flags { get; set; } = [];
    /// <summary>The Table 19 clusters the row reports on, in the order the seed lists them.</summary>
    public List<ClusterProgramGoalCluster> Clusters { get; set; } = [];
    public required Provenance Provenance { get; set; }
}

/// <summary>A Table 19 cluster a Table 20 goal reports on: a relation, so the database refuses an unknown cluster.</summary>
public sealed class ClusterProgramGoalCluster
{
    public required string ProgramId { get; set; }
    public required string GoalId { get; set; }
    public int ClusterId { get; set; }
    public int Position { get; set; }
}

/// <summary>A doubt about a row of Table 20, recorded rather than resolved.</summary>
public enum GoalDoubt
{
    /// <summary>The "Achievement (%)" is not the achieved value over the target.</summary>
    AchievementNotRatio,
    /// <summary>The unit of the target or the achieved value is unclear.</summary>
    UnitUnclear,
    /// <summary>The row prints the same cells as goal II.1.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("same-cells-as-ii-1")]
    SameCellsAsIi1,
    /// <summary>A zero that stands for a value not yet known.</summary>
    PlaceholderZero,
}

/// <summary>A statistical series: one measure of one of the paper's tables (or quoted in its text), by period and an optional dimension.</summary>
public sealed class StatisticalSeries
{
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public required SeriesUnit Unit { get; set; }
    public string? UnitNote { get; set; }
    public required PeriodConvention PeriodConvention { get; set; }
    /// <summary>What the observations vary by besides the period (sector, aggregate ...); none when nothing.</summary>
    public required string Dimension { get; set; }
    public List<SeriesObservation> Observations { get; set; } = [];
    public required Provenance Provenance { get; set; }
    /// <summary>Code, title and unit note folded for free-text search.</summary>
    public required string SearchText { get; set; }
}

/// <summary>One value of a series: a period, a dimension value and a number, or a null with its reason.</summary>
public sealed class SeriesObservation
{
    public int Id { get; set; }
    public required string SeriesCode { get; set; }
    public required Period Period { get; set; }
    public string? PeriodAsPrinted { get; set; }
    public string? DimensionId { get; set; }
    public string? DimensionAsPrinted { get; set; }
    public string? DimensionParentId { get; set; }
    public int? DimensionPosition { get; set; }
    public double? Value { get; set; }
    public string? ValueAsPrinted { get; set; }
    public NullReason? NullReason { get; set; }
    public StatisticalSeries? Series { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>What kind of cluster programme it is.</summary>
public enum ClusterProgramKind
{
    DonorFundedProject,
    DonorFundedProgramme,
    DonorSupportedProgramme,
    GovernmentProgramme,
    TechnologyCentresNetwork,
    IndustrialPark,
    PoliticalInitiative,
}

/// <summary>How a Table 20 target was read.</summary>
public enum GoalTargetBasis
{
    Printed,
    Composite,
    NotNumeric,
}

/// <summary>An institution behind a cluster programme: a relation, so the database refuses an unknown id.</summary>
public sealed class ClusterProgramInstitution
{
    public required string ProgramId { get; set; }
    public required string InstitutionId { get; set; }
    public int Position { get; set; }
}

/// <summary>The unit of a cluster programme's figure.</summary>
public enum ProgramFigureUnit
{
    Usd,
    MillionsUsd,
    Percent,
    NetworksCount,
    FirmsCount,
    WorkersCount,
    PersonsCount,
    OrganizationsCount,
    CitesCount,
    ClustersCount,
    ComponentsCount,
    RoundsCount,
    FamiliesCount,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("score-1-to-5")]
    ScoreOneToFive,
    Share,
    Date,
}

/// <summary>What a series' value for a period means: an average over it, growth over it, a total, or a point.</summary>
public enum PeriodConvention
{
    AnnualAverageOverPeriod,
    AverageAnnualGrowthOverPeriod,
    CumulativeOverPeriod,
    PointInTime,
    EndOfPeriod,
}

/// <summary>The unit of a statistical series' values.</summary>
public enum SeriesUnit
{
    Percent,
    PercentOfGdp,
    PercentPerYear,
    PercentagePoints,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("index-0-100")]
    Index0To100,
    MillionsUsd,
    BillionsUsd,
    ThousandsUsd,
    MillionsSoles,
    Soles,
    SolesPerUsd,
    Usd,
    Count,
    Ratio,
    Years,
    Persons,
}
