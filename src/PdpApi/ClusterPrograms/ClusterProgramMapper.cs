using PdpApi.Api;
using PdpApi.Data;
using Riok.Mapperly.Abstractions;

namespace PdpApi.ClusterPrograms;

[Mapper]
public static partial class ClusterProgramMapper
{
    public static partial IQueryable<ClusterProgramDto> ProjectToDto(this IQueryable<ClusterProgram> programs);

    public static partial IQueryable<ClusterProgramFigureDto> ProjectToDto(this IQueryable<ClusterProgramFigure> figures);

    public static partial IQueryable<ClusterProgramGoalDto> ProjectToDto(this IQueryable<ClusterProgramGoal> goals);

    [MapPropertyFromSource(nameof(ClusterProgramDto.Start), Use = nameof(ToStart))]
    [MapPropertyFromSource(nameof(ClusterProgramDto.End), Use = nameof(ToEnd))]
    [MapPropertyFromSource(nameof(ClusterProgramDto.ClusterIds), Use = nameof(ToClusterIds))]
    [MapPropertyFromSource(nameof(ClusterProgramDto.InstitutionIds), Use = nameof(InstitutionIdsOf))]
    [MapperIgnoreSource(nameof(ClusterProgram.Institutions))]
    [MapperIgnoreSource(nameof(ClusterProgram.Position))]
    [MapperIgnoreSource(nameof(ClusterProgram.SearchText))]
    [MapperIgnoreSource(nameof(ClusterProgram.Clusters))]
    [MapperIgnoreSource(nameof(ClusterProgram.StartAsPrinted))]
    [MapperIgnoreSource(nameof(ClusterProgram.StartYear))]
    [MapperIgnoreSource(nameof(ClusterProgram.StartMonth))]
    [MapperIgnoreSource(nameof(ClusterProgram.EndAsPrinted))]
    [MapperIgnoreSource(nameof(ClusterProgram.EndYear))]
    private static partial ClusterProgramDto ToDto(ClusterProgram program);

    [MapPropertyFromSource(nameof(ClusterProgramFigureDto.Period), Use = nameof(ToPeriod))]
    [MapperIgnoreSource(nameof(ClusterProgramFigure.Position))]
    [MapperIgnoreSource(nameof(ClusterProgramFigure.PeriodLabel))]
    [MapperIgnoreSource(nameof(ClusterProgramFigure.StartYear))]
    [MapperIgnoreSource(nameof(ClusterProgramFigure.EndYear))]
    [MapperIgnoreTarget(nameof(ClusterProgramFigureDto.Date))]
    private static partial ClusterProgramFigureDto ToDto(ClusterProgramFigure figure);

    [MapPropertyFromSource(nameof(ClusterProgramGoalDto.Target), Use = nameof(ToTarget))]
    [MapPropertyFromSource(nameof(ClusterProgramGoalDto.Achieved), Use = nameof(ToAchieved))]
    [MapPropertyFromSource(nameof(ClusterProgramGoalDto.ClusterIds), Use = nameof(GoalClusterIds))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.Clusters))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.Position))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.TargetValue))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.TargetUnit))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.TargetQualifier))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.TargetAsPrinted))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.TargetBasis))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.AchievedValue))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.AchievedUnit))]
    [MapperIgnoreSource(nameof(ClusterProgramGoal.AchievedAsPrinted))]
    private static partial ClusterProgramGoalDto ToDto(ClusterProgramGoal goal);

    private static ProgramDateDto ToStart(ClusterProgram p) => new() { AsPrinted = p.StartAsPrinted, Year = p.StartYear, Month = p.StartMonth };

    private static ProgramDateDto ToEnd(ClusterProgram p) => new() { AsPrinted = p.EndAsPrinted, Year = p.EndYear, Month = null };

    private static IReadOnlyList<int> ToClusterIds(ClusterProgram p) => p.Clusters.OrderBy(c => c.ClusterId).Select(c => c.ClusterId).ToList();

    private static PeriodDto? ToPeriod(ClusterProgramFigure f) =>
        f.PeriodLabel == null ? null : new PeriodDto { Label = f.PeriodLabel, StartYear = f.StartYear!.Value, EndYear = f.EndYear!.Value };

    private static GoalTargetDto ToTarget(ClusterProgramGoal g) => new()
    {
        Value = g.TargetValue,
        Unit = g.TargetUnit,
        Qualifier = g.TargetQualifier,
        AsPrinted = g.TargetAsPrinted,
        Basis = g.TargetBasis,
    };

    private static GoalAchievedDto ToAchieved(ClusterProgramGoal g) => new() { Value = g.AchievedValue, Unit = g.AchievedUnit, AsPrinted = g.AchievedAsPrinted };

    // Generated rather than called, so that projections stay translatable and read only the served columns.
    [MapProperty(nameof(Provenance.FootnoteMarkers), nameof(ProvenanceDto.Footnotes))]
    private static partial ProvenanceDto ToDto(Provenance provenance);

    private static IReadOnlyList<string> InstitutionIdsOf(ClusterProgram program) =>
        program.Institutions.OrderBy(i => i.Position).Select(i => i.InstitutionId).ToList();

    private static IReadOnlyList<int> GoalClusterIds(ClusterProgramGoal goal) =>
        goal.Clusters.OrderBy(c => c.Position).Select(c => c.ClusterId).ToList();
}
