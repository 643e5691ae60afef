using Microsoft.EntityFrameworkCore;

namespace PdpApi.Data;

/// <summary>How the value types shared by many entities (a period, a provenance) are stored.</summary>
internal static class ValueConfiguration
{
    public static void Period(Microsoft.EntityFrameworkCore.Metadata.Builders.ComplexPropertyBuilder<Period> period) =>
        period.Property(p => p.Label).HasMaxLength(20);

    public static void Provenance(Microsoft.EntityFrameworkCore.Metadata.Builders.ComplexPropertyBuilder<Provenance> provenance)
    {
        provenance.Property(p => p.SourceId).HasMaxLength(40);
        provenance.Property(p => p.Note).HasMaxLength(4000);
    }
}
