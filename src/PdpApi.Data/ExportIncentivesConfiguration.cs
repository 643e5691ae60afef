using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PdpApi.Data;

internal sealed class IncentiveRuleConfiguration : IEntityTypeConfiguration<IncentiveRule>
{
    public void Configure(EntityTypeBuilder<IncentiveRule> rule)
    {
        rule.HasKey(r => new { r.Regime, r.Id });
        rule.Property(r => r.Id).HasMaxLength(80);
        rule.Property(r => r.Regime).HasMaxLength(20);
        rule.Property(r => r.RuleType).HasMaxLength(40);
        rule.Property(r => r.Checks).HasMaxLength(40);
        rule.Property(r => r.Description).HasMaxLength(2000);
        rule.Property(r => r.ValueUnit).HasMaxLength(60);
        rule.Property(r => r.ValueAsPrinted).HasMaxLength(200);
        rule.Property(r => r.Bound).HasMaxLength(20);
        rule.Property(r => r.Instrument).HasMaxLength(100);
        rule.Property(r => r.InstrumentNumber).HasMaxLength(60);
        rule.Property(r => r.InstrumentDateAsPrinted).HasMaxLength(100);
        ValueConfiguration.Provenance(rule.ComplexProperty(r => r.Provenance));
        rule.HasMany(r => r.Zones).WithOne().HasForeignKey(z => new { z.Regime, z.RuleId });
    }
}

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> zone) => zone.Property(z => z.Id).HasMaxLength(ZoneIdLength);

    /// <summary>The length of a zone id, in the principal and in every column that refers to it.</summary>
    public const int ZoneIdLength = 80;

    /// <summary>A zone column of a relation: as long as the zone's id, with a foreign key the database enforces.</summary>
    public static void ZoneReference<T>(EntityTypeBuilder<T> link, System.Linq.Expressions.Expression<Func<T, string>> zoneId) where T : class
    {
        var column = link.Property(zoneId).HasMaxLength(ZoneIdLength);
        link.HasOne<Zone>().WithMany().HasForeignKey(column.Metadata.Name).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IncentiveRuleZoneConfiguration : IEntityTypeConfiguration<IncentiveRuleZone>
{
    public void Configure(EntityTypeBuilder<IncentiveRuleZone> link)
    {
        link.HasKey(l => new { l.Regime, l.RuleId, l.ZoneId });
        link.Property(l => l.Regime).HasMaxLength(20);
        link.Property(l => l.RuleId).HasMaxLength(80);
        ZoneConfiguration.ZoneReference(link, l => l.ZoneId);
    }
}

internal sealed class IncentiveTradeValueConfiguration : IEntityTypeConfiguration<IncentiveTradeValue>
{
    public void Configure(EntityTypeBuilder<IncentiveTradeValue> value)
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
        ValueConfiguration.Period(value.ComplexProperty(v => v.Period));
        ValueConfiguration.Provenance(value.ComplexProperty(v => v.Provenance));
        value.HasIndex(v => new { v.Dataset, v.SectorId });
    }
}

internal sealed class FreeZoneConfiguration : IEntityTypeConfiguration<FreeZone>
{
    public void Configure(EntityTypeBuilder<FreeZone> zone)
    {
        zone.HasKey(z => z.Key);
        zone.Property(z => z.Key).ValueGeneratedNever();
        ZoneConfiguration.ZoneReference(zone, z => z.Id);
        zone.Property(z => z.Reading).HasMaxLength(20);
        zone.Property(z => z.NameAsPrinted).HasMaxLength(200);
        zone.Property(z => z.Kind).HasMaxLength(40);
        zone.Property(z => z.Location).HasMaxLength(100);
        zone.Property(z => z.Region).HasMaxLength(60);
        zone.Property(z => z.CreatedByInstrument).HasMaxLength(200);
        zone.Property(z => z.InstrumentNumber).HasMaxLength(60);
        zone.Property(z => z.InstrumentDateAsPrinted).HasMaxLength(100);
        zone.Property(z => z.Benefits).HasMaxLength(2000);
        ValueConfiguration.Provenance(zone.ComplexProperty(z => z.Provenance));
        zone.HasIndex(z => new { z.Id, z.Reading }).IsUnique();
    }
}
