using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PdpApi.Data;

internal sealed class NtbCountryConfiguration : IEntityTypeConfiguration<NtbCountry>
{
    public void Configure(EntityTypeBuilder<NtbCountry> country)
    {
        country.Property(c => c.Id).HasMaxLength(40);
        country.Property(c => c.Name).HasMaxLength(80);
        country.Property(c => c.NameAsPrinted).HasMaxLength(80);
        country.Property(c => c.WeightedAverageNtbsPerTariffLineAsPrinted).HasMaxLength(20);
        ValueConfiguration.Period(country.ComplexProperty(c => c.Period));
        ValueConfiguration.Provenance(country.ComplexProperty(c => c.Provenance));
    }
}

internal sealed class NtbTypeConfiguration : IEntityTypeConfiguration<NtbType>
{
    public void Configure(EntityTypeBuilder<NtbType> type)
    {
        type.Property(t => t.Id).HasMaxLength(80);
        type.Property(t => t.Number).HasMaxLength(10);
        type.Property(t => t.Name).HasMaxLength(200);
        type.Property(t => t.Examples).HasMaxLength(2000);
        type.Property(t => t.Description).HasMaxLength(2000);
        ValueConfiguration.Provenance(type.ComplexProperty(t => t.Provenance));
    }
}

internal sealed class PtaConfiguration : IEntityTypeConfiguration<Pta>
{
    public void Configure(EntityTypeBuilder<Pta> pta)
    {
        pta.Property(p => p.Id).HasMaxLength(80);
        pta.Property(p => p.Kind).HasMaxLength(40);
        pta.Property(p => p.NameAsPrinted).HasMaxLength(400);
        pta.Property(p => p.ShortName).HasMaxLength(120);
        pta.Property(p => p.AgreementNumberTableReading).HasMaxLength(40);
        pta.Property(p => p.AgreementNumberFootnoteReading).HasMaxLength(40);
        pta.Property(p => p.InitialDateAsPrinted).HasMaxLength(400);
        pta.Property(p => p.ExportShare2006AsPrinted).HasMaxLength(60);
        pta.Property(p => p.ImportShare2006AsPrinted).HasMaxLength(60);
        pta.Property(p => p.ShareBasis).HasMaxLength(40);
        pta.Property(p => p.SectoralPreferencesAsPrinted).HasMaxLength(1000);
        pta.Property(p => p.SectorCoverage).HasMaxLength(40);
        pta.Property(p => p.TariffKind).HasMaxLength(40);
        pta.Property(p => p.AgricultureScopeAsPrinted).HasMaxLength(100);
        pta.Property(p => p.SearchText).HasMaxLength(1200);
        ValueConfiguration.Provenance(pta.ComplexProperty(p => p.Provenance));
        pta.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PtaId);
    }
}

internal sealed class PtaEventConfiguration : IEntityTypeConfiguration<PtaEvent>
{
    public void Configure(EntityTypeBuilder<PtaEvent> item)
    {
        item.Property(e => e.Id).HasMaxLength(80);
        item.Property(e => e.PtaId).HasMaxLength(80);
        item.Property(e => e.Event).HasMaxLength(60);
        item.Property(e => e.Description).HasMaxLength(1000);
        item.Property(e => e.RelatedAgreementsAsPrinted).HasMaxLength(200);
        item.Property(e => e.DateAsPrinted).HasMaxLength(100);
        item.Property(e => e.Reading).HasMaxLength(20);
        ValueConfiguration.Provenance(item.ComplexProperty(e => e.Provenance));
    }
}

internal sealed class PreferenceSchemeConfiguration : IEntityTypeConfiguration<PreferenceScheme>
{
    public void Configure(EntityTypeBuilder<PreferenceScheme> scheme)
    {
        scheme.Property(p => p.Id).HasMaxLength(80);
        scheme.Property(p => p.NameAsPrinted).HasMaxLength(200);
        scheme.Property(p => p.Kind).HasMaxLength(40);
        scheme.Property(p => p.Partner).HasMaxLength(100);
        scheme.Property(p => p.ActionAsPrinted).HasMaxLength(100);
        scheme.Property(p => p.DateAsPrinted).HasMaxLength(100);
        scheme.Property(p => p.InForceAsPrinted).HasMaxLength(200);
        ValueConfiguration.Provenance(scheme.ComplexProperty(p => p.Provenance));
    }
}

internal sealed class QuotedFigureConfiguration : IEntityTypeConfiguration<QuotedFigure>
{
    public void Configure(EntityTypeBuilder<QuotedFigure> figure)
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
        ValueConfiguration.Provenance(figure.ComplexProperty(f => f.Provenance));
        figure.HasMany(f => f.Zones).WithOne().HasForeignKey(z => new { z.Topic, z.FigureId });
    }
}

internal sealed class QuotedFigureZoneConfiguration : IEntityTypeConfiguration<QuotedFigureZone>
{
    public void Configure(EntityTypeBuilder<QuotedFigureZone> link)
    {
        link.HasKey(l => new { l.Topic, l.FigureId, l.ZoneId });
        link.Property(l => l.Topic).HasMaxLength(20);
        link.Property(l => l.FigureId).HasMaxLength(80);
        ZoneConfiguration.ZoneReference(link, l => l.ZoneId);
    }
}
