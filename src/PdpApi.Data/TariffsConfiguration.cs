using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PdpApi.Data;

internal sealed class TariffScheduleConfiguration : IEntityTypeConfiguration<TariffSchedule>
{
    public void Configure(EntityTypeBuilder<TariffSchedule> schedule)
    {
        schedule.Property(s => s.Id).HasMaxLength(20);
        schedule.Property(s => s.DateAsPrinted).HasMaxLength(40);
        ValueConfiguration.Provenance(schedule.ComplexProperty(s => s.Provenance));
        schedule.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ScheduleId);
    }
}

internal sealed class TariffScheduleLineConfiguration : IEntityTypeConfiguration<TariffScheduleLine>
{
    public void Configure(EntityTypeBuilder<TariffScheduleLine> line)
    {
        line.HasKey(l => new { l.ScheduleId, l.RatePercent });
    }
}

internal sealed class SectorProtectionValueConfiguration : IEntityTypeConfiguration<SectorProtectionValue>
{
    public void Configure(EntityTypeBuilder<SectorProtectionValue> value)
    {
        value.Property(v => v.Id).ValueGeneratedNever();
        value.Property(v => v.SectorId).HasMaxLength(80);
        value.Property(v => v.Sector).HasMaxLength(120);
        value.Property(v => v.Component).HasMaxLength(40);
        value.Property(v => v.ValueAsPrinted).HasMaxLength(40);
        value.Property(v => v.PeriodAsPrinted).HasMaxLength(40);
        ValueConfiguration.Period(value.ComplexProperty(v => v.Period));
        ValueConfiguration.Provenance(value.ComplexProperty(v => v.Provenance));
        value.HasIndex(v => new { v.SectorId, v.Measure });
    }
}

internal sealed class SectorGroupConfiguration : IEntityTypeConfiguration<SectorGroup>
{
    public void Configure(EntityTypeBuilder<SectorGroup> group)
    {
        group.Property(g => g.Id).HasMaxLength(80);
        group.Property(g => g.Name).HasMaxLength(120);
        group.Property(g => g.NameA6AsPrinted).HasMaxLength(120);
        group.Property(g => g.NameA7AsPrinted).HasMaxLength(120);
        ValueConfiguration.Provenance(group.ComplexProperty(g => g.Provenance));
    }
}

internal sealed class TariffStructureValueConfiguration : IEntityTypeConfiguration<TariffStructureValue>
{
    public void Configure(EntityTypeBuilder<TariffStructureValue> value)
    {
        value.Property(v => v.Id).ValueGeneratedNever();
        value.Property(v => v.SectorGroupId).HasMaxLength(80);
        value.Property(v => v.ValueAsPrinted).HasMaxLength(40);
        value.HasOne<SectorGroup>().WithMany().HasForeignKey(v => v.SectorGroupId);
        ValueConfiguration.Period(value.ComplexProperty(v => v.Period));
        ValueConfiguration.Provenance(value.ComplexProperty(v => v.Provenance));
    }
}

internal sealed class TariffBandShareConfiguration : IEntityTypeConfiguration<TariffBandShare>
{
    public void Configure(EntityTypeBuilder<TariffBandShare> share)
    {
        share.Property(s => s.Id).ValueGeneratedNever();
        share.Property(s => s.BandId).HasMaxLength(20);
        share.Property(s => s.BandAsPrinted).HasMaxLength(40);
        share.Property(s => s.SectorGroupId).HasMaxLength(80);
        share.Property(s => s.ShareAsPrinted).HasMaxLength(40);
        share.HasOne<SectorGroup>().WithMany().HasForeignKey(s => s.SectorGroupId);
        ValueConfiguration.Provenance(share.ComplexProperty(s => s.Provenance));
    }
}

internal sealed class ProtectionGrowthCorrelationConfiguration : IEntityTypeConfiguration<ProtectionGrowthCorrelation>
{
    public void Configure(EntityTypeBuilder<ProtectionGrowthCorrelation> correlation)
    {
        correlation.Property(c => c.Id).ValueGeneratedNever();
        correlation.Property(c => c.CoefficientAsPrinted).HasMaxLength(40);
        ValueConfiguration.Period(correlation.ComplexProperty(c => c.Period));
        ValueConfiguration.Provenance(correlation.ComplexProperty(c => c.Provenance));
    }
}

internal sealed class TariffChangeConfiguration : IEntityTypeConfiguration<TariffChange>
{
    public void Configure(EntityTypeBuilder<TariffChange> change)
    {
        change.Property(c => c.Id).HasMaxLength(80);
        change.Property(c => c.Item).HasMaxLength(10);
        change.Property(c => c.Instrument).HasMaxLength(40);
        change.Property(c => c.InstrumentNumber).HasMaxLength(40);
        change.Property(c => c.Description).HasMaxLength(1000);
        change.Property(c => c.LinesAffectedAsPrinted).HasMaxLength(200);
        change.Property(c => c.SearchText).HasMaxLength(1200);
        ValueConfiguration.Provenance(change.ComplexProperty(c => c.Provenance));
    }
}

internal sealed class PriceBandProductConfiguration : IEntityTypeConfiguration<PriceBandProduct>
{
    public void Configure(EntityTypeBuilder<PriceBandProduct> product)
    {
        product.Property(p => p.Id).HasMaxLength(40);
        product.Property(p => p.ProductGroup).HasMaxLength(60);
        product.Property(p => p.AdValoremEquivalent1999AsPrinted).HasMaxLength(40);
        ValueConfiguration.Provenance(product.ComplexProperty(p => p.Provenance));
        product.HasMany(p => p.HsProducts).WithOne().HasForeignKey(h => h.ProductGroupId);
    }
}

internal sealed class PriceBandHsProductConfiguration : IEntityTypeConfiguration<PriceBandHsProduct>
{
    public void Configure(EntityTypeBuilder<PriceBandHsProduct> hsProduct)
    {
        hsProduct.HasKey(h => new { h.ProductGroupId, h.Position });
        hsProduct.Property(h => h.ProductGroupId).HasMaxLength(40);
        hsProduct.Property(h => h.Product).HasMaxLength(100);
        hsProduct.Property(h => h.HsCode).HasMaxLength(10);
    }
}
