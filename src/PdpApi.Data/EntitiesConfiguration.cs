using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PdpApi.Data;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> source)
    {
        source.Property(s => s.Id).HasMaxLength(40);
        source.Property(s => s.Label).HasMaxLength(40);
        source.Property(s => s.Title).HasMaxLength(400);
        source.Property(s => s.SourceNote).HasMaxLength(2000);
        source.HasMany(s => s.Notes).WithOne().HasForeignKey(n => n.SourceId);
    }
}

internal sealed class TableNoteConfiguration : IEntityTypeConfiguration<TableNote>
{
    public void Configure(EntityTypeBuilder<TableNote> note)
    {
        note.Property(n => n.Id).ValueGeneratedNever();
        note.Property(n => n.Marker).HasMaxLength(20);
        note.Property(n => n.Text).HasMaxLength(4000);
        note.HasIndex(n => new { n.SourceId, n.Marker }).IsUnique();
    }
}

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> cluster)
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
        ValueConfiguration.Provenance(cluster.ComplexProperty(c => c.Provenance));
        cluster.HasMany(c => c.Regions).WithOne().HasForeignKey(r => r.ClusterId);
        cluster.HasIndex(c => c.Sector);
    }
}

internal sealed class ClusterRegionConfiguration : IEntityTypeConfiguration<ClusterRegion>
{
    public void Configure(EntityTypeBuilder<ClusterRegion> region)
    {
        region.HasKey(r => new { r.ClusterId, r.Key });
        region.Property(r => r.Name).HasMaxLength(60);
        region.Property(r => r.Key).HasMaxLength(60);
        region.HasIndex(r => r.Key);
    }
}

internal sealed class SeedStateConfiguration : IEntityTypeConfiguration<SeedState>
{
    public void Configure(EntityTypeBuilder<SeedState> state)
    {
        state.Property(s => s.Id).ValueGeneratedNever();
        state.Property(s => s.ContentHash).HasMaxLength(64);
    }
}
