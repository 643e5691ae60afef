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
        rule.Property(r => r.ZoneIds).HasMaxLength(200);
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
        ValueConfiguration.Provenance(zone.ComplexProperty(z => z.Provenance));
        zone.HasIndex(z => new { z.Id, z.Reading }).IsUnique();
    }
}
