using Microsoft.EntityFrameworkCore;

namespace PdpApi.Data;

public sealed class PdpDbContext(DbContextOptions<PdpDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<TableNote> TableNotes => Set<TableNote>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<ClusterRegion> ClusterRegions => Set<ClusterRegion>();
    public DbSet<TariffSchedule> TariffSchedules => Set<TariffSchedule>();
    public DbSet<TariffScheduleLine> TariffScheduleLines => Set<TariffScheduleLine>();
    public DbSet<SectorProtectionValue> SectorProtection => Set<SectorProtectionValue>();
    public DbSet<SectorGroup> SectorGroups => Set<SectorGroup>();
    public DbSet<TariffStructureValue> TariffStructure => Set<TariffStructureValue>();
    public DbSet<TariffBandShare> TariffBandShares => Set<TariffBandShare>();
    public DbSet<ProtectionGrowthCorrelation> ProtectionGrowthCorrelations => Set<ProtectionGrowthCorrelation>();
    public DbSet<TariffChange> TariffChanges => Set<TariffChange>();
    public DbSet<PriceBandProduct> PriceBandProducts => Set<PriceBandProduct>();
    public DbSet<NtbCountry> NtbCountries => Set<NtbCountry>();
    public DbSet<NtbType> NtbTypes => Set<NtbType>();
    public DbSet<Pta> Ptas => Set<Pta>();
    public DbSet<PtaEvent> PtaEvents => Set<PtaEvent>();
    public DbSet<PreferenceScheme> PreferenceSchemes => Set<PreferenceScheme>();
    public DbSet<QuotedFigure> QuotedFigures => Set<QuotedFigure>();
    public DbSet<IncentiveRule> IncentiveRules => Set<IncentiveRule>();
    public DbSet<IncentiveTradeValue> IncentiveTradeValues => Set<IncentiveTradeValue>();
    public DbSet<FreeZone> FreeZones => Set<FreeZone>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<EconomicFailure> EconomicFailures => Set<EconomicFailure>();
    public DbSet<InstitutionFailure> InstitutionFailures => Set<InstitutionFailure>();
    public DbSet<InstitutionLink> InstitutionLinks => Set<InstitutionLink>();
    public DbSet<InstitutionMinistry> InstitutionMinistries => Set<InstitutionMinistry>();
    public DbSet<Administration> Administrations => Set<Administration>();
    public DbSet<LegalEvent> LegalEvents => Set<LegalEvent>();
    public DbSet<LegalEventBody> LegalEventBodies => Set<LegalEventBody>();
    public DbSet<InstitutionFigure> InstitutionFigures => Set<InstitutionFigure>();
    public DbSet<SurveyRespondent> SurveyRespondents => Set<SurveyRespondent>();
    public DbSet<BeneficiaryFirm> BeneficiaryFirms => Set<BeneficiaryFirm>();
    public DbSet<FdiValue> FdiValues => Set<FdiValue>();
    public DbSet<ClusterProgram> ClusterPrograms => Set<ClusterProgram>();
    public DbSet<ClusterProgramCluster> ClusterProgramClusters => Set<ClusterProgramCluster>();
    public DbSet<ClusterProgramFigure> ClusterProgramFigures => Set<ClusterProgramFigure>();
    public DbSet<ClusterProgramGoal> ClusterProgramGoals => Set<ClusterProgramGoal>();
    public DbSet<StatisticalSeries> Series => Set<StatisticalSeries>();
    public DbSet<SeriesObservation> SeriesObservations => Set<SeriesObservation>();
    public DbSet<SeedState> SeedStates => Set<SeedState>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the tables stay readable and a reordered enum cannot corrupt data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Source>(source =>
        {
            source.Property(s => s.Id).HasMaxLength(40);
            source.Property(s => s.Label).HasMaxLength(40);
            source.Property(s => s.Title).HasMaxLength(400);
            source.Property(s => s.SourceNote).HasMaxLength(2000);
            source.HasMany(s => s.Notes).WithOne().HasForeignKey(n => n.SourceId);
        });

        modelBuilder.Entity<TableNote>(note =>
        {
            note.Property(n => n.Id).ValueGeneratedNever();
            note.Property(n => n.Marker).HasMaxLength(20);
            note.Property(n => n.Text).HasMaxLength(4000);
            note.HasIndex(n => new { n.SourceId, n.Marker }).IsUnique();
        });

        modelBuilder.Entity<Cluster>(cluster =>
        {
            cluster.Property(c => c.Id).ValueGeneratedNever();
            cluster.Property(c => c.Name).HasMaxLength(200);
            cluster.Property(c => c.Activity).HasMaxLength(200);
            cluster.Property(c => c.Outputs).HasMaxLength(200);
            cluster.Property(c => c.SearchText).HasMaxLength(1000);
            cluster.ComplexProperty(c => c.Location, location =>
            {
                location.Property(l => l.PlaceAsPrinted).HasMaxLength(200);
                location.Property(l => l.Locality).HasMaxLength(100);
                location.Property(l => l.District).HasMaxLength(100);
                location.Property(l => l.Province).HasMaxLength(100);
            });
            ConfigureProvenance(cluster.ComplexProperty(c => c.Provenance));
            cluster.HasMany(c => c.Regions).WithOne().HasForeignKey(r => r.ClusterId);
            cluster.HasIndex(c => c.Sector);
        });

        modelBuilder.Entity<ClusterRegion>(region =>
        {
            region.HasKey(r => new { r.ClusterId, r.Key });
            region.Property(r => r.Name).HasMaxLength(60);
            region.Property(r => r.Key).HasMaxLength(60);
            region.HasIndex(r => r.Key);
        });

        modelBuilder.Entity<TariffSchedule>(schedule =>
        {
            schedule.Property(s => s.Id).HasMaxLength(20);
            schedule.Property(s => s.DateAsPrinted).HasMaxLength(40);
            ConfigureProvenance(schedule.ComplexProperty(s => s.Provenance));
            schedule.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ScheduleId);
        });

        modelBuilder.Entity<TariffScheduleLine>(line => line.HasKey(l => new { l.ScheduleId, l.RatePercent }));

        modelBuilder.Entity<SectorProtectionValue>(value =>
        {
            value.Property(v => v.Id).ValueGeneratedNever();
            value.Property(v => v.SectorId).HasMaxLength(80);
            value.Property(v => v.Sector).HasMaxLength(120);
            value.Property(v => v.Component).HasMaxLength(40);
            value.Property(v => v.ValueAsPrinted).HasMaxLength(40);
            value.Property(v => v.SectorFootnoteMarkers).HasMaxLength(40);
            value.Property(v => v.SearchText).HasMaxLength(300);
            ConfigurePeriod(value.ComplexProperty(v => v.Period));
            ConfigureProvenance(value.ComplexProperty(v => v.Provenance));
            value.HasIndex(v => new { v.SectorId, v.Measure });
        });

        modelBuilder.Entity<SectorGroup>(group =>
        {
            group.Property(g => g.Id).HasMaxLength(80);
            group.Property(g => g.Name).HasMaxLength(120);
            group.Property(g => g.NameA6AsPrinted).HasMaxLength(120);
            group.Property(g => g.NameA7AsPrinted).HasMaxLength(120);
            ConfigureProvenance(group.ComplexProperty(g => g.Provenance));
        });

        modelBuilder.Entity<TariffStructureValue>(value =>
        {
            value.Property(v => v.Id).ValueGeneratedNever();
            value.Property(v => v.SectorGroupId).HasMaxLength(80);
            value.Property(v => v.ValueAsPrinted).HasMaxLength(40);
            value.HasOne<SectorGroup>().WithMany().HasForeignKey(v => v.SectorGroupId);
            ConfigurePeriod(value.ComplexProperty(v => v.Period));
            ConfigureProvenance(value.ComplexProperty(v => v.Provenance));
        });

        modelBuilder.Entity<TariffBandShare>(share =>
        {
            share.Property(s => s.Id).ValueGeneratedNever();
            share.Property(s => s.BandId).HasMaxLength(20);
            share.Property(s => s.BandAsPrinted).HasMaxLength(40);
            share.Property(s => s.SectorGroupId).HasMaxLength(80);
            share.Property(s => s.ShareAsPrinted).HasMaxLength(40);
            share.HasOne<SectorGroup>().WithMany().HasForeignKey(s => s.SectorGroupId);
            ConfigureProvenance(share.ComplexProperty(s => s.Provenance));
        });

        modelBuilder.Entity<ProtectionGrowthCorrelation>(correlation =>
        {
            correlation.Property(c => c.Id).ValueGeneratedNever();
            correlation.Property(c => c.CoefficientAsPrinted).HasMaxLength(40);
            ConfigurePeriod(correlation.ComplexProperty(c => c.Period));
            ConfigureProvenance(correlation.ComplexProperty(c => c.Provenance));
        });

        modelBuilder.Entity<TariffChange>(change =>
        {
            change.Property(c => c.Id).HasMaxLength(80);
            change.Property(c => c.Item).HasMaxLength(10);
            change.Property(c => c.Instrument).HasMaxLength(40);
            change.Property(c => c.InstrumentNumber).HasMaxLength(40);
            change.Property(c => c.Description).HasMaxLength(1000);
            change.Property(c => c.RatesPercent).HasMaxLength(60);
            change.Property(c => c.LinesAffectedAsPrinted).HasMaxLength(200);
            change.Property(c => c.SearchText).HasMaxLength(1200);
            ConfigureProvenance(change.ComplexProperty(c => c.Provenance));
        });

        modelBuilder.Entity<PriceBandProduct>(product =>
        {
            product.Property(p => p.Id).HasMaxLength(40);
            product.Property(p => p.ProductGroup).HasMaxLength(60);
            product.Property(p => p.HsProducts).HasMaxLength(200);
            product.Property(p => p.AdValoremEquivalent1999AsPrinted).HasMaxLength(40);
            ConfigureProvenance(product.ComplexProperty(p => p.Provenance));
        });

        modelBuilder.Entity<NtbCountry>(country =>
        {
            country.Property(c => c.Id).HasMaxLength(40);
            country.Property(c => c.Name).HasMaxLength(80);
            country.Property(c => c.NameAsPrinted).HasMaxLength(80);
            country.Property(c => c.WeightedAverageNtbsPerTariffLineAsPrinted).HasMaxLength(20);
            ConfigurePeriod(country.ComplexProperty(c => c.Period));
            ConfigureProvenance(country.ComplexProperty(c => c.Provenance));
        });

        modelBuilder.Entity<NtbType>(type =>
        {
            type.Property(t => t.Id).HasMaxLength(80);
            type.Property(t => t.Number).HasMaxLength(10);
            type.Property(t => t.Name).HasMaxLength(200);
            type.Property(t => t.Examples).HasMaxLength(2000);
            type.Property(t => t.Description).HasMaxLength(2000);
            ConfigureProvenance(type.ComplexProperty(t => t.Provenance));
        });

        modelBuilder.Entity<Pta>(pta =>
        {
            pta.Property(p => p.Id).HasMaxLength(80);
            pta.Property(p => p.Kind).HasMaxLength(40);
            pta.Property(p => p.NameAsPrinted).HasMaxLength(400);
            pta.Property(p => p.ShortName).HasMaxLength(120);
            pta.Property(p => p.AgreementNumberTableReading).HasMaxLength(40);
            pta.Property(p => p.AgreementNumberFootnoteReading).HasMaxLength(40);
            pta.Property(p => p.Members).HasMaxLength(400);
            pta.Property(p => p.Partners).HasMaxLength(400);
            pta.Property(p => p.InitialDateAsPrinted).HasMaxLength(400);
            pta.Property(p => p.ExportShare2006AsPrinted).HasMaxLength(60);
            pta.Property(p => p.ImportShare2006AsPrinted).HasMaxLength(60);
            pta.Property(p => p.ShareBasis).HasMaxLength(40);
            pta.Property(p => p.SectoralPreferencesAsPrinted).HasMaxLength(1000);
            pta.Property(p => p.SectorCoverage).HasMaxLength(40);
            pta.Property(p => p.HsChapters).HasMaxLength(200);
            pta.Property(p => p.TariffKind).HasMaxLength(40);
            pta.Property(p => p.AgricultureScopeAsPrinted).HasMaxLength(100);
            pta.Property(p => p.SearchText).HasMaxLength(1200);
            ConfigureProvenance(pta.ComplexProperty(p => p.Provenance));
            pta.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PtaId);
        });

        modelBuilder.Entity<PtaEvent>(item =>
        {
            item.Property(e => e.Id).HasMaxLength(80);
            item.Property(e => e.PtaId).HasMaxLength(80);
            item.Property(e => e.Event).HasMaxLength(60);
            item.Property(e => e.Description).HasMaxLength(1000);
            item.Property(e => e.RelatedAgreementsAsPrinted).HasMaxLength(200);
            item.Property(e => e.DateAsPrinted).HasMaxLength(100);
            item.Property(e => e.Reading).HasMaxLength(20);
            ConfigureProvenance(item.ComplexProperty(e => e.Provenance));
        });

        modelBuilder.Entity<PreferenceScheme>(scheme =>
        {
            scheme.Property(p => p.Id).HasMaxLength(80);
            scheme.Property(p => p.NameAsPrinted).HasMaxLength(200);
            scheme.Property(p => p.Kind).HasMaxLength(40);
            scheme.Property(p => p.Partner).HasMaxLength(100);
            scheme.Property(p => p.ActionAsPrinted).HasMaxLength(100);
            scheme.Property(p => p.DateAsPrinted).HasMaxLength(100);
            scheme.Property(p => p.InForceAsPrinted).HasMaxLength(200);
            ConfigureProvenance(scheme.ComplexProperty(p => p.Provenance));
        });

        modelBuilder.Entity<QuotedFigure>(figure =>
        {
            figure.HasKey(f => new { f.Topic, f.Id });
            figure.Property(f => f.Id).HasMaxLength(80);
            figure.Property(f => f.Topic).HasMaxLength(20);
            figure.Property(f => f.Description).HasMaxLength(1000);
            figure.Property(f => f.Unit).HasMaxLength(60);
            figure.Property(f => f.ValueFraction).HasMaxLength(20);
            figure.Property(f => f.ValueAsPrinted).HasMaxLength(200);
            figure.Property(f => f.Qualifier).HasMaxLength(40);
            figure.Property(f => f.Bound).HasMaxLength(20);
            figure.Property(f => f.PeriodLabel).HasMaxLength(40);
            figure.Property(f => f.Details).HasMaxLength(400);
            ConfigureProvenance(figure.ComplexProperty(f => f.Provenance));
        });

        modelBuilder.Entity<IncentiveRule>(rule =>
        {
            rule.HasKey(r => new { r.Regime, r.Id });
            rule.Property(r => r.Id).HasMaxLength(80);
            rule.Property(r => r.Regime).HasMaxLength(20);
            rule.Property(r => r.ZoneIds).HasMaxLength(200);
            rule.Property(r => r.RuleType).HasMaxLength(40);
            rule.Property(r => r.Description).HasMaxLength(2000);
            rule.Property(r => r.ValueUnit).HasMaxLength(60);
            rule.Property(r => r.ValueAsPrinted).HasMaxLength(200);
            rule.Property(r => r.Bound).HasMaxLength(20);
            rule.Property(r => r.Instrument).HasMaxLength(100);
            rule.Property(r => r.InstrumentNumber).HasMaxLength(60);
            rule.Property(r => r.InstrumentDateAsPrinted).HasMaxLength(100);
            ConfigureProvenance(rule.ComplexProperty(r => r.Provenance));
        });

        modelBuilder.Entity<IncentiveTradeValue>(value =>
        {
            value.Property(v => v.Id).ValueGeneratedNever();
            value.Property(v => v.Dataset).HasMaxLength(40);
            value.Property(v => v.SectorId).HasMaxLength(80);
            value.Property(v => v.SectorAsPrinted).HasMaxLength(120);
            value.Property(v => v.ParentSectorId).HasMaxLength(80);
            value.Property(v => v.Measure).HasMaxLength(80);
            value.Property(v => v.ValueAsPrinted).HasMaxLength(40);
            value.Property(v => v.PrintedColumn).HasMaxLength(60);
            value.Property(v => v.Placement).HasMaxLength(20);
            ConfigurePeriod(value.ComplexProperty(v => v.Period));
            ConfigureProvenance(value.ComplexProperty(v => v.Provenance));
            value.HasIndex(v => new { v.Dataset, v.SectorId });
        });

        modelBuilder.Entity<FreeZone>(zone =>
        {
            zone.HasKey(z => z.Key);
            zone.Property(z => z.Key).ValueGeneratedNever();
            zone.Property(z => z.Id).HasMaxLength(80);
            zone.Property(z => z.Reading).HasMaxLength(20);
            zone.Property(z => z.NameAsPrinted).HasMaxLength(200);
            zone.Property(z => z.Kind).HasMaxLength(40);
            zone.Property(z => z.Location).HasMaxLength(100);
            zone.Property(z => z.Region).HasMaxLength(60);
            zone.Property(z => z.CreatedByInstrument).HasMaxLength(200);
            zone.Property(z => z.InstrumentNumber).HasMaxLength(60);
            zone.Property(z => z.InstrumentDateAsPrinted).HasMaxLength(100);
            zone.Property(z => z.Benefits).HasMaxLength(2000);
            ConfigureProvenance(zone.ComplexProperty(z => z.Provenance));
            zone.HasIndex(z => new { z.Id, z.Reading }).IsUnique();
        });

        modelBuilder.Entity<Institution>(institution =>
        {
            institution.Property(i => i.Id).HasMaxLength(60);
            institution.Property(i => i.Acronym).HasMaxLength(60);
            institution.Property(i => i.Name).HasMaxLength(300);
            institution.Property(i => i.Kind).HasMaxLength(30);
            institution.Property(i => i.Table3Dimension).HasMaxLength(30);
            institution.Property(i => i.Table3Type).HasMaxLength(30);
            institution.Property(i => i.SearchText).HasMaxLength(8000);
            institution.Property(i => i.NameVariants).HasMaxLength(2000);
            institution.Property(i => i.SameAsId).HasMaxLength(60);
            ConfigureProvenance(institution.ComplexProperty(i => i.Provenance));
        });

        modelBuilder.Entity<EconomicFailure>(failure =>
        {
            failure.Property(f => f.Id).HasMaxLength(80);
            failure.Property(f => f.Name).HasMaxLength(200);
            failure.Property(f => f.FrameworkGroup).HasMaxLength(60);
            ConfigureProvenance(failure.ComplexProperty(f => f.Provenance));
        });

        modelBuilder.Entity<InstitutionFailure>(link =>
        {
            link.HasKey(l => new { l.InstitutionId, l.FailureId });
            link.Property(l => l.InstitutionId).HasMaxLength(60);
            link.Property(l => l.FailureId).HasMaxLength(80);
            link.Property(l => l.Mapping).HasMaxLength(20);
            link.HasOne<Institution>().WithMany(i => i.Failures).HasForeignKey(l => l.InstitutionId);
            link.HasOne<EconomicFailure>().WithMany(f => f.Institutions).HasForeignKey(l => l.FailureId);
            ConfigureProvenance(link.ComplexProperty(l => l.Provenance));
        });

        modelBuilder.Entity<InstitutionLink>(link =>
        {
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.FromId).HasMaxLength(60);
            link.Property(l => l.ToId).HasMaxLength(60);
            link.Property(l => l.Relation).HasMaxLength(40);
            link.Property(l => l.ChangeId).HasMaxLength(120);
            link.Property(l => l.DateAsPrinted).HasMaxLength(200);
            link.Property(l => l.InstrumentAsPrinted).HasMaxLength(400);
            link.Property(l => l.Reading).HasMaxLength(20);
            link.HasOne<Institution>().WithMany().HasForeignKey(l => l.FromId).OnDelete(DeleteBehavior.Restrict);
            link.HasOne<Institution>().WithMany().HasForeignKey(l => l.ToId).OnDelete(DeleteBehavior.Restrict);
            ConfigureProvenance(link.ComplexProperty(l => l.Provenance));
        });

        modelBuilder.Entity<InstitutionMinistry>(link =>
        {
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.InstitutionId).HasMaxLength(60);
            link.Property(l => l.MinistryId).HasMaxLength(60);
            link.Property(l => l.Basis).HasMaxLength(20);
            link.HasOne<Institution>().WithMany(i => i.Ministries).HasForeignKey(l => l.InstitutionId).OnDelete(DeleteBehavior.Restrict);
            link.HasOne<Institution>().WithMany().HasForeignKey(l => l.MinistryId).OnDelete(DeleteBehavior.Restrict);
            ConfigureProvenance(link.ComplexProperty(l => l.Provenance));
        });

        modelBuilder.Entity<Administration>(administration =>
        {
            administration.Property(a => a.Id).HasMaxLength(40);
            administration.Property(a => a.President).HasMaxLength(120);
            administration.Property(a => a.DateBasis).HasMaxLength(20);
            administration.Property(a => a.PaperDatesAsPrinted).HasMaxLength(200);
            administration.Property(a => a.SourceId).HasMaxLength(40);
            administration.Property(a => a.FootnoteMarkers).HasMaxLength(100);
            administration.Property(a => a.Note).HasMaxLength(1000);
        });

        modelBuilder.Entity<LegalEvent>(item =>
        {
            item.Property(e => e.Id).HasMaxLength(120);
            item.Property(e => e.ActId).HasMaxLength(120);
            item.Property(e => e.SuccessorBodyIds).HasMaxLength(300);
            item.Property(e => e.ZoneIds).HasMaxLength(300);
            item.Property(e => e.InstrumentType).HasMaxLength(40);
            item.Property(e => e.InstrumentNumber).HasMaxLength(60);
            item.Property(e => e.InstrumentAsPrinted).HasMaxLength(400);
            item.Property(e => e.DateAsPrinted).HasMaxLength(100);
            item.Property(e => e.EventType).HasMaxLength(40);
            item.Property(e => e.Description).HasMaxLength(2000);
            item.Property(e => e.Reading).HasMaxLength(20);
            item.Property(e => e.AdministrationId).HasMaxLength(40);
            item.Property(e => e.SearchText).HasMaxLength(3000);
            item.HasOne<Administration>().WithMany().HasForeignKey(e => e.AdministrationId);
            item.HasMany(e => e.Bodies).WithOne().HasForeignKey(b => b.LegalEventId);
            ConfigureProvenance(item.ComplexProperty(e => e.Provenance));
        });

        modelBuilder.Entity<LegalEventBody>(body =>
        {
            body.HasKey(b => new { b.LegalEventId, b.InstitutionId });
            body.Property(b => b.LegalEventId).HasMaxLength(120);
            body.Property(b => b.InstitutionId).HasMaxLength(60);
            body.HasOne<Institution>().WithMany().HasForeignKey(b => b.InstitutionId);
            body.HasIndex(b => b.InstitutionId);
        });

        modelBuilder.Entity<InstitutionFigure>(figure =>
        {
            figure.Property(f => f.Id).ValueGeneratedNever();
            figure.Property(f => f.Dataset).HasMaxLength(40);
            figure.Property(f => f.InstitutionId).HasMaxLength(60);
            figure.Property(f => f.InstitutionAsPrinted).HasMaxLength(200);
            figure.Property(f => f.RowId).HasMaxLength(120);
            figure.Property(f => f.RowAsPrinted).HasMaxLength(400);
            figure.Property(f => f.GroupAsPrinted).HasMaxLength(400);
            figure.Property(f => f.Measure).HasMaxLength(120);
            figure.Property(f => f.Respondent).HasMaxLength(20);
            figure.Property(f => f.Dimension).HasMaxLength(120);
            figure.Property(f => f.DimensionAsPrinted).HasMaxLength(400);
            figure.Property(f => f.ValueAsPrinted).HasMaxLength(100);
            figure.Property(f => f.Details).HasMaxLength(1000);
            figure.HasOne<Institution>().WithMany().HasForeignKey(f => f.InstitutionId);
            figure.HasIndex(f => new { f.Dataset, f.InstitutionId });
            figure.Property(f => f.PeriodLabel).HasMaxLength(40);
            ConfigureProvenance(figure.ComplexProperty(f => f.Provenance));
        });

        modelBuilder.Entity<SurveyRespondent>(respondent =>
        {
            respondent.Property(r => r.Id).ValueGeneratedNever();
            respondent.Property(r => r.InstitutionId).HasMaxLength(60);
            respondent.Property(r => r.InstitutionAsPrinted).HasMaxLength(200);
            respondent.Property(r => r.PositionAsPrinted).HasMaxLength(200);
            respondent.HasOne<Institution>().WithMany().HasForeignKey(r => r.InstitutionId);
            ConfigureProvenance(respondent.ComplexProperty(r => r.Provenance));
        });

        modelBuilder.Entity<BeneficiaryFirm>(firm =>
        {
            firm.Property(f => f.Id).HasMaxLength(80);
            firm.Property(f => f.Name).HasMaxLength(200);
            firm.Property(f => f.RespondentPositionAsPrinted).HasMaxLength(200);
            firm.Property(f => f.InstitutionAsPrinted).HasMaxLength(200);
            firm.Property(f => f.InstitutionIds).HasMaxLength(200);
            ConfigureProvenance(firm.ComplexProperty(f => f.Provenance));
        });

        modelBuilder.Entity<FdiValue>(value =>
        {
            value.Property(v => v.Id).ValueGeneratedNever();
            value.Property(v => v.SectorId).HasMaxLength(80);
            value.Property(v => v.SectorAsPrinted).HasMaxLength(120);
            value.Property(v => v.ParentSectorId).HasMaxLength(80);
            value.Property(v => v.FlowOrStock).HasMaxLength(10);
            value.Property(v => v.Measure).HasMaxLength(40);
            value.Property(v => v.SourceSeries).HasMaxLength(20);
            value.Property(v => v.ValueAsPrinted).HasMaxLength(40);
            ConfigurePeriod(value.ComplexProperty(v => v.Period));
            ConfigureProvenance(value.ComplexProperty(v => v.Provenance));
            value.HasIndex(v => new { v.Measure, v.SectorId });
        });

        modelBuilder.Entity<ClusterProgram>(program =>
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
            program.Property(p => p.InstitutionIds).HasMaxLength(400);
            program.Property(p => p.SearchText).HasMaxLength(4000);
            ConfigureProvenance(program.ComplexProperty(p => p.Provenance));
            program.HasMany(p => p.Clusters).WithOne(c => c.Program).HasForeignKey(c => c.ProgramId);
        });

        modelBuilder.Entity<ClusterProgramCluster>(link =>
        {
            link.HasKey(l => new { l.ProgramId, l.ClusterId });
            link.Property(l => l.ProgramId).HasMaxLength(80);
            link.HasOne<Cluster>().WithMany(c => c.Programs).HasForeignKey(l => l.ClusterId);
        });

        modelBuilder.Entity<ClusterProgramFigure>(figure =>
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
            ConfigureProvenance(figure.ComplexProperty(f => f.Provenance));
            figure.HasOne<ClusterProgram>().WithMany().HasForeignKey(f => f.ProgramId);
        });

        modelBuilder.Entity<ClusterProgramGoal>(goal =>
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
            goal.Property(g => g.Flags).HasMaxLength(100);
            goal.Property(g => g.ClusterIds).HasMaxLength(40);
            ConfigureProvenance(goal.ComplexProperty(g => g.Provenance));
            goal.HasOne<ClusterProgram>().WithMany().HasForeignKey(g => g.ProgramId);
        });

        modelBuilder.Entity<StatisticalSeries>(series =>
        {
            series.HasKey(s => s.Code);
            series.Property(s => s.Code).HasMaxLength(80);
            series.Property(s => s.Title).HasMaxLength(400);
            series.Property(s => s.Unit).HasMaxLength(40);
            series.Property(s => s.UnitNote).HasMaxLength(400);
            series.Property(s => s.PeriodConvention).HasMaxLength(40);
            series.Property(s => s.Dimension).HasMaxLength(40);
            series.Property(s => s.SearchText).HasMaxLength(1000);
            ConfigureProvenance(series.ComplexProperty(s => s.Provenance));
            series.HasMany(s => s.Observations).WithOne(o => o.Series).HasForeignKey(o => o.SeriesCode);
        });

        modelBuilder.Entity<SeriesObservation>(observation =>
        {
            observation.Property(o => o.Id).ValueGeneratedNever();
            observation.Property(o => o.SeriesCode).HasMaxLength(80);
            observation.Property(o => o.PeriodAsPrinted).HasMaxLength(40);
            observation.Property(o => o.DimensionId).HasMaxLength(80);
            observation.Property(o => o.DimensionAsPrinted).HasMaxLength(200);
            observation.Property(o => o.DimensionParentId).HasMaxLength(80);
            observation.Property(o => o.ValueAsPrinted).HasMaxLength(40);
            ConfigurePeriod(observation.ComplexProperty(o => o.Period));
            ConfigureProvenance(observation.ComplexProperty(o => o.Provenance));
            observation.HasIndex(o => new { o.SeriesCode, o.DimensionId });
        });

        modelBuilder.Entity<SeedState>(state =>
        {
            state.Property(s => s.Id).ValueGeneratedNever();
            state.Property(s => s.ContentHash).HasMaxLength(64);
        });
    }

    private static void ConfigurePeriod(Microsoft.EntityFrameworkCore.Metadata.Builders.ComplexPropertyBuilder<Period> period) =>
        period.Property(p => p.Label).HasMaxLength(20);

    private static void ConfigureProvenance(Microsoft.EntityFrameworkCore.Metadata.Builders.ComplexPropertyBuilder<Provenance> provenance)
    {
        provenance.Property(p => p.SourceId).HasMaxLength(40);
        provenance.Property(p => p.FootnoteMarkers).HasMaxLength(100);
        provenance.Property(p => p.Note).HasMaxLength(4000);
    }
}
