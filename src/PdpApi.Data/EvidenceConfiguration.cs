using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PdpApi.Data;

internal sealed class FdiValueConfiguration : IEntityTypeConfiguration<FdiValue>
{
    public void Configure(EntityTypeBuilder<FdiValue> value)
    {
        value.Property(v => v.Id).ValueGeneratedNever();
        value.Property(v => v.SectorId).HasMaxLength(80);
        value.Property(v => v.SectorAsPrinted).HasMaxLength(120);
        value.Property(v => v.ParentSectorId).HasMaxLength(80);
        value.Property(v => v.FlowOrStock).HasMaxLength(10);
        value.Property(v => v.Measure).HasMaxLength(40);
        value.Property(v => v.SourceSeries).HasMaxLength(20);
        value.Property(v => v.ValueAsPrinted).HasMaxLength(40);
        ValueConfiguration.Period(value.ComplexProperty(v => v.Period));
        ValueConfiguration.Provenance(value.ComplexProperty(v => v.Provenance));
        value.HasIndex(v => new { v.Measure, v.SectorId });
    }
}

internal sealed class ClusterProgramConfiguration : IEntityTypeConfiguration<ClusterProgram>
{
    public void Configure(EntityTypeBuilder<ClusterProgram> program)
    {
        program.Property(p => p.Id).HasMaxLength(80);
        program.Property(p => p.NameAsPrinted).HasMaxLength(200);
        program.Property(p => p.Acronym).HasMaxLength(40);
        program.Property(p => p.Kind).HasMaxLength(40);
        program.Property(p => p.Description).HasMaxLength(2000);
        program.Property(p => p.Donor).HasMaxLength(200);
        program.Property(p => p.ExecutingAgency).HasMaxLength(200);
        program.Property(p => p.StartAsPrinted).HasMaxLength(200);
        program.Property(p => p.EndAsPrinted).HasMaxLength(200);
        program.Property(p => p.SearchText).HasMaxLength(4000);
        ValueConfiguration.Provenance(program.ComplexProperty(p => p.Provenance));
        program.HasMany(p => p.Clusters).WithOne(c => c.Program).HasForeignKey(c => c.ProgramId);
        program.HasMany(p => p.Institutions).WithOne().HasForeignKey(i => i.ProgramId);
    }
}

internal sealed class ClusterProgramClusterConfiguration : IEntityTypeConfiguration<ClusterProgramCluster>
{
    public void Configure(EntityTypeBuilder<ClusterProgramCluster> link)
    {
        link.HasKey(l => new { l.ProgramId, l.ClusterId });
        link.Property(l => l.ProgramId).HasMaxLength(80);
        link.HasOne<Cluster>().WithMany(c => c.Programs).HasForeignKey(l => l.ClusterId);
    }
}

internal sealed class ClusterProgramFigureConfiguration : IEntityTypeConfiguration<ClusterProgramFigure>
{
    public void Configure(EntityTypeBuilder<ClusterProgramFigure> figure)
    {
        figure.HasKey(f => new { f.ProgramId, f.Id });
        figure.Property(f => f.ProgramId).HasMaxLength(80);
        figure.Property(f => f.Id).HasMaxLength(80);
        figure.Property(f => f.Description).HasMaxLength(1000);
        figure.Property(f => f.Unit).HasMaxLength(40);
        figure.Property(f => f.ValueAsPrinted).HasMaxLength(200);
        figure.Property(f => f.Qualifier).HasMaxLength(100);
        figure.Property(f => f.Reading).HasMaxLength(20);
        figure.Property(f => f.PeriodLabel).HasMaxLength(20);
        ValueConfiguration.Provenance(figure.ComplexProperty(f => f.Provenance));
        figure.HasOne<ClusterProgram>().WithMany().HasForeignKey(f => f.ProgramId);
    }
}

internal sealed class ClusterProgramGoalConfiguration : IEntityTypeConfiguration<ClusterProgramGoal>
{
    public void Configure(EntityTypeBuilder<ClusterProgramGoal> goal)
    {
        goal.HasKey(g => new { g.ProgramId, g.Id });
        goal.Property(g => g.ProgramId).HasMaxLength(80);
        goal.Property(g => g.Id).HasMaxLength(40);
        goal.Property(g => g.ComponentId).HasMaxLength(10);
        goal.Property(g => g.ComponentAsPrinted).HasMaxLength(200);
        goal.Property(g => g.GoalNumberAsPrinted).HasMaxLength(10);
        goal.Property(g => g.GoalAsPrinted).HasMaxLength(1000);
        goal.Property(g => g.IndicatorAsPrinted).HasMaxLength(1000);
        goal.Property(g => g.TargetUnit).HasMaxLength(40);
        goal.Property(g => g.TargetQualifier).HasMaxLength(60);
        goal.Property(g => g.TargetAsPrinted).HasMaxLength(200);
        goal.Property(g => g.TargetBasis).HasMaxLength(20);
        goal.Property(g => g.AchievedUnit).HasMaxLength(40);
        goal.Property(g => g.AchievedAsPrinted).HasMaxLength(40);
        goal.Property(g => g.AchievementAsPrinted).HasMaxLength(200);
        // Never filtered on, so a list in one JSON column; its values stored by name like every enum.
        goal.PrimitiveCollection(g => g.Flags).ElementType().HasConversion<string>();
        ValueConfiguration.Provenance(goal.ComplexProperty(g => g.Provenance));
        goal.HasOne<ClusterProgram>().WithMany().HasForeignKey(g => g.ProgramId);
        goal.HasMany(g => g.Clusters).WithOne().HasForeignKey(c => new { c.ProgramId, c.GoalId });
    }
}

internal sealed class ClusterProgramGoalClusterConfiguration : IEntityTypeConfiguration<ClusterProgramGoalCluster>
{
    public void Configure(EntityTypeBuilder<ClusterProgramGoalCluster> link)
    {
        link.HasKey(l => new { l.ProgramId, l.GoalId, l.ClusterId });
        link.Property(l => l.ProgramId).HasMaxLength(80);
        link.Property(l => l.GoalId).HasMaxLength(40);
        link.HasOne<Cluster>().WithMany().HasForeignKey(l => l.ClusterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StatisticalSeriesConfiguration : IEntityTypeConfiguration<StatisticalSeries>
{
    public void Configure(EntityTypeBuilder<StatisticalSeries> series)
    {
        series.HasKey(s => s.Code);
        series.Property(s => s.Code).HasMaxLength(80);
        series.Property(s => s.Title).HasMaxLength(400);
        series.Property(s => s.Unit).HasMaxLength(40);
        series.Property(s => s.UnitNote).HasMaxLength(400);
        series.Property(s => s.PeriodConvention).HasMaxLength(40);
        series.Property(s => s.Dimension).HasMaxLength(40);
        series.Property(s => s.SearchText).HasMaxLength(1000);
        ValueConfiguration.Provenance(series.ComplexProperty(s => s.Provenance));
        series.HasMany(s => s.Observations).WithOne(o => o.Series).HasForeignKey(o => o.SeriesCode);
    }
}

internal sealed class SeriesObservationConfiguration : IEntityTypeConfiguration<SeriesObservation>
{
    public void Configure(EntityTypeBuilder<SeriesObservation> observation)
    {
        observation.Property(o => o.Id).ValueGeneratedNever();
        observation.Property(o => o.SeriesCode).HasMaxLength(80);
        observation.Property(o => o.PeriodAsPrinted).HasMaxLength(40);
        observation.Property(o => o.DimensionId).HasMaxLength(80);
        observation.Property(o => o.DimensionAsPrinted).HasMaxLength(200);
        observation.Property(o => o.DimensionParentId).HasMaxLength(80);
        observation.Property(o => o.ValueAsPrinted).HasMaxLength(40);
        ValueConfiguration.Period(observation.ComplexProperty(o => o.Period));
        ValueConfiguration.Provenance(observation.ComplexProperty(o => o.Provenance));
        observation.HasIndex(o => new { o.SeriesCode, o.DimensionId });
        // The indexes of the sourceTable filter and the period sort are over complex-type columns, which EF cannot map:
        // the KeysetPagingIndexes migrations create them.
    }
}

internal sealed class ClusterProgramInstitutionConfiguration : IEntityTypeConfiguration<ClusterProgramInstitution>
{
    public void Configure(EntityTypeBuilder<ClusterProgramInstitution> link)
    {
        link.HasKey(l => new { l.ProgramId, l.InstitutionId });
        link.Property(l => l.ProgramId).HasMaxLength(80);
        link.Property(l => l.InstitutionId).HasMaxLength(60);
        link.HasOne<Institution>().WithMany().HasForeignKey(l => l.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
