using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Beleid;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class BeleidsinstellingenConfiguration : IEntityTypeConfiguration<Beleidsinstellingen>
{
    public void Configure(EntityTypeBuilder<Beleidsinstellingen> builder)
    {
        builder.ToTable("beleidsinstellingen");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).AlsSwvCode().HasColumnName("samenwerkingsverband");

        // The versions are read whole (the one in force is chosen among a handful), so they are one document.
        builder.Property(b => b.Versies).HasField("_versies").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Beleidsversie>>.Converter, AlsJson<IReadOnlyList<Beleidsversie>>.Vergelijker).HasColumnType("jsonb");

        builder.Property(b => b.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(b => b.Samenwerkingsverband);
        builder.Ignore(b => b.DomainEvents);
    }
}

internal sealed class SwvlogoConfiguration : IEntityTypeConfiguration<Swvlogo>
{
    public void Configure(EntityTypeBuilder<Swvlogo> builder)
    {
        builder.ToTable("swv_logo");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).AlsSwvCode().HasColumnName("samenwerkingsverband");
        builder.Property(l => l.Mediatype).HasMaxLength(40);
        builder.Property(l => l.Inhoud);
        builder.Ignore(l => l.DomainEvents);
    }
}
