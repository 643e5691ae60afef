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
    public DbSet<PriceBandHsProduct> PriceBandHsProducts => Set<PriceBandHsProduct>();
    public DbSet<NtbCountry> NtbCountries => Set<NtbCountry>();
    public DbSet<NtbType> NtbTypes => Set<NtbType>();
    public DbSet<Pta> Ptas => Set<Pta>();
    public DbSet<PtaEvent> PtaEvents => Set<PtaEvent>();
    public DbSet<PreferenceScheme> PreferenceSchemes => Set<PreferenceScheme>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<QuotedFigure> QuotedFigures => Set<QuotedFigure>();
    public DbSet<QuotedFigureZone> QuotedFigureZones => Set<QuotedFigureZone>();
    public DbSet<IncentiveRule> IncentiveRules => Set<IncentiveRule>();
    public DbSet<IncentiveRuleZone> IncentiveRuleZones => Set<IncentiveRuleZone>();
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
    public DbSet<LegalEventZone> LegalEventZones => Set<LegalEventZone>();
    public DbSet<LegalEventSuccessor> LegalEventSuccessors => Set<LegalEventSuccessor>();
    public DbSet<InstitutionFigure> InstitutionFigures => Set<InstitutionFigure>();
    public DbSet<SurveyRespondent> SurveyRespondents => Set<SurveyRespondent>();
    public DbSet<BeneficiaryFirm> BeneficiaryFirms => Set<BeneficiaryFirm>();
    public DbSet<BeneficiaryFirmInstitution> BeneficiaryFirmInstitutions => Set<BeneficiaryFirmInstitution>();
    public DbSet<FdiValue> FdiValues => Set<FdiValue>();
    public DbSet<ClusterProgram> ClusterPrograms => Set<ClusterProgram>();
    public DbSet<ClusterProgramCluster> ClusterProgramClusters => Set<ClusterProgramCluster>();
    public DbSet<ClusterProgramInstitution> ClusterProgramInstitutions => Set<ClusterProgramInstitution>();
    public DbSet<ClusterProgramFigure> ClusterProgramFigures => Set<ClusterProgramFigure>();
    public DbSet<ClusterProgramGoal> ClusterProgramGoals => Set<ClusterProgramGoal>();
    public DbSet<ClusterProgramGoalCluster> ClusterProgramGoalClusters => Set<ClusterProgramGoalCluster>();
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
        // Each entity is configured beside it, in <Family>Configuration.cs (one IEntityTypeConfiguration per entity).
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PdpDbContext).Assembly);
    }
}
