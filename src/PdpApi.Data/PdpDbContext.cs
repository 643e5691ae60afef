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
        provenance.Property(p => p.Note).HasMaxLength(1000);
    }
}
