using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PdpApi.Data;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> institution)
    {
        institution.Property(i => i.Id).HasMaxLength(60);
        institution.Property(i => i.Acronym).HasMaxLength(60);
        institution.Property(i => i.Name).HasMaxLength(300);
        institution.Property(i => i.Kind).HasMaxLength(30);
        institution.Property(i => i.Table3Dimension).HasMaxLength(30);
        institution.Property(i => i.Table3Type).HasMaxLength(30);
        institution.Property(i => i.SearchText).HasMaxLength(8000);
        institution.Property(i => i.SameAsId).HasMaxLength(60);
        ValueConfiguration.Provenance(institution.ComplexProperty(i => i.Provenance));
    }
}

internal sealed class EconomicFailureConfiguration : IEntityTypeConfiguration<EconomicFailure>
{
    public void Configure(EntityTypeBuilder<EconomicFailure> failure)
    {
        failure.Property(f => f.Id).HasMaxLength(80);
        failure.Property(f => f.Name).HasMaxLength(200);
        failure.Property(f => f.FrameworkGroup).HasMaxLength(60);
        ValueConfiguration.Provenance(failure.ComplexProperty(f => f.Provenance));
    }
}

internal sealed class InstitutionFailureConfiguration : IEntityTypeConfiguration<InstitutionFailure>
{
    public void Configure(EntityTypeBuilder<InstitutionFailure> link)
    {
        link.HasKey(l => new { l.InstitutionId, l.FailureId });
        link.Property(l => l.InstitutionId).HasMaxLength(60);
        link.Property(l => l.FailureId).HasMaxLength(80);
        link.Property(l => l.Mapping).HasMaxLength(20);
        link.HasOne<Institution>().WithMany(i => i.Failures).HasForeignKey(l => l.InstitutionId);
        link.HasOne<EconomicFailure>().WithMany(f => f.Institutions).HasForeignKey(l => l.FailureId);
        ValueConfiguration.Provenance(link.ComplexProperty(l => l.Provenance));
    }
}

internal sealed class InstitutionLinkConfiguration : IEntityTypeConfiguration<InstitutionLink>
{
    public void Configure(EntityTypeBuilder<InstitutionLink> link)
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
        ValueConfiguration.Provenance(link.ComplexProperty(l => l.Provenance));
    }
}

internal sealed class InstitutionMinistryConfiguration : IEntityTypeConfiguration<InstitutionMinistry>
{
    public void Configure(EntityTypeBuilder<InstitutionMinistry> link)
    {
        link.Property(l => l.Id).ValueGeneratedNever();
        link.Property(l => l.InstitutionId).HasMaxLength(60);
        link.Property(l => l.MinistryId).HasMaxLength(60);
        link.Property(l => l.Basis).HasMaxLength(20);
        link.HasOne<Institution>().WithMany(i => i.Ministries).HasForeignKey(l => l.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Institution>().WithMany().HasForeignKey(l => l.MinistryId).OnDelete(DeleteBehavior.Restrict);
        ValueConfiguration.Provenance(link.ComplexProperty(l => l.Provenance));
    }
}

internal sealed class AdministrationConfiguration : IEntityTypeConfiguration<Administration>
{
    public void Configure(EntityTypeBuilder<Administration> administration)
    {
        administration.Property(a => a.Id).HasMaxLength(40);
        administration.Property(a => a.President).HasMaxLength(120);
        administration.Property(a => a.DateBasis).HasMaxLength(20);
        administration.Property(a => a.PaperDatesAsPrinted).HasMaxLength(200);
        administration.Property(a => a.SourceId).HasMaxLength(40);
        administration.Property(a => a.Note).HasMaxLength(1000);
    }
}

internal sealed class LegalEventConfiguration : IEntityTypeConfiguration<LegalEvent>
{
    public void Configure(EntityTypeBuilder<LegalEvent> item)
    {
        item.Property(e => e.Id).HasMaxLength(120);
        item.Property(e => e.ActId).HasMaxLength(120);
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
        item.HasMany(e => e.Zones).WithOne().HasForeignKey(z => z.LegalEventId);
        item.HasMany(e => e.Successors).WithOne().HasForeignKey(s => s.LegalEventId);
        ValueConfiguration.Provenance(item.ComplexProperty(e => e.Provenance));
        // The date sort (the default), alone and after the filters that select many acts, with the id that breaks
        // ties: a page, counted from the start or from a cursor, is a range of one index. The published flag comes
        // last, read from the index as the range is walked: SQLite does not seek on a bare boolean condition, so before
        // the date it would make every page sort its rows. The administration's also serves its foreign key.
        item.HasIndex(e => new { e.DateKey, e.Id, e.IsPublishedReading });
        item.HasIndex(e => new { e.EventType, e.DateKey, e.Id, e.IsPublishedReading });
        item.HasIndex(e => new { e.AdministrationId, e.DateKey, e.Id, e.IsPublishedReading });
    }
}

internal sealed class LegalEventBodyConfiguration : IEntityTypeConfiguration<LegalEventBody>
{
    public void Configure(EntityTypeBuilder<LegalEventBody> body)
    {
        body.HasKey(b => new { b.LegalEventId, b.InstitutionId });
        body.Property(b => b.LegalEventId).HasMaxLength(120);
        body.Property(b => b.InstitutionId).HasMaxLength(60);
        body.HasOne<Institution>().WithMany().HasForeignKey(b => b.InstitutionId);
        body.HasIndex(b => b.InstitutionId);
    }
}

internal sealed class LegalEventSuccessorConfiguration : IEntityTypeConfiguration<LegalEventSuccessor>
{
    public void Configure(EntityTypeBuilder<LegalEventSuccessor> link)
    {
        link.HasKey(l => new { l.LegalEventId, l.InstitutionId });
        link.Property(l => l.LegalEventId).HasMaxLength(120);
        link.Property(l => l.InstitutionId).HasMaxLength(60);
        link.HasOne<Institution>().WithMany().HasForeignKey(l => l.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegalEventZoneConfiguration : IEntityTypeConfiguration<LegalEventZone>
{
    public void Configure(EntityTypeBuilder<LegalEventZone> link)
    {
        link.HasKey(l => new { l.LegalEventId, l.ZoneId });
        link.Property(l => l.LegalEventId).HasMaxLength(120);
        ZoneConfiguration.ZoneReference(link, l => l.ZoneId);
    }
}

internal sealed class InstitutionFigureConfiguration : IEntityTypeConfiguration<InstitutionFigure>
{
    public void Configure(EntityTypeBuilder<InstitutionFigure> figure)
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
        figure.Property(f => f.PeriodAsPrinted).HasMaxLength(40);
        ValueConfiguration.Provenance(figure.ComplexProperty(f => f.Provenance));
    }
}

internal sealed class SurveyRespondentConfiguration : IEntityTypeConfiguration<SurveyRespondent>
{
    public void Configure(EntityTypeBuilder<SurveyRespondent> respondent)
    {
        respondent.Property(r => r.Id).ValueGeneratedNever();
        respondent.Property(r => r.InstitutionId).HasMaxLength(60);
        respondent.Property(r => r.InstitutionAsPrinted).HasMaxLength(200);
        respondent.Property(r => r.PositionAsPrinted).HasMaxLength(200);
        respondent.HasOne<Institution>().WithMany().HasForeignKey(r => r.InstitutionId);
        ValueConfiguration.Provenance(respondent.ComplexProperty(r => r.Provenance));
    }
}

internal sealed class BeneficiaryFirmConfiguration : IEntityTypeConfiguration<BeneficiaryFirm>
{
    public void Configure(EntityTypeBuilder<BeneficiaryFirm> firm)
    {
        firm.Property(f => f.Id).HasMaxLength(80);
        firm.Property(f => f.Name).HasMaxLength(200);
        firm.Property(f => f.RespondentPositionAsPrinted).HasMaxLength(200);
        firm.Property(f => f.InstitutionAsPrinted).HasMaxLength(200);
        firm.HasMany(f => f.Institutions).WithOne().HasForeignKey(i => i.FirmId);
        ValueConfiguration.Provenance(firm.ComplexProperty(f => f.Provenance));
    }
}

internal sealed class BeneficiaryFirmInstitutionConfiguration : IEntityTypeConfiguration<BeneficiaryFirmInstitution>
{
    public void Configure(EntityTypeBuilder<BeneficiaryFirmInstitution> link)
    {
        link.HasKey(l => new { l.FirmId, l.InstitutionId });
        link.Property(l => l.FirmId).HasMaxLength(80);
        link.Property(l => l.InstitutionId).HasMaxLength(60);
        link.HasOne<Institution>().WithMany().HasForeignKey(l => l.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
