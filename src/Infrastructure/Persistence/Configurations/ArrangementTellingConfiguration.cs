using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Application.Arrangementen.Tellingen;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>One row per samenwerkingsverband; the counts per status are one small JSON document read whole.</summary>
internal sealed class ArrangementTellingConfiguration : IEntityTypeConfiguration<ArrangementTelling>
{
    public void Configure(EntityTypeBuilder<ArrangementTelling> builder)
    {
        builder.ToTable("arrangement_telling");
        builder.HasKey(t => t.Samenwerkingsverband);
        builder.Property(t => t.Samenwerkingsverband).AlsSwvCode();
        builder.Property(t => t.Aantallen)
            .HasConversion(AlsJson<IReadOnlyDictionary<string, int>>.Converter, AlsJson<IReadOnlyDictionary<string, int>>.Vergelijker)
            .HasColumnType("jsonb");
    }
}
