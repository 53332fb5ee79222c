using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class MiddelentoekenningConfiguration : IEntityTypeConfiguration<Middelentoekenning>
{
    public void Configure(EntityTypeBuilder<Middelentoekenning> builder)
    {
        builder.ToTable("middelentoekenning");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Samenwerkingsverband).AlsSwvCode();
        // One grant per bestuur and year; the store refuses a second one that raced past the use case's check.
        builder.HasIndex(m => new { m.Samenwerkingsverband, m.SchoolbestuurId, m.Jaar }).IsUnique();
        builder.HasIndex(m => new { m.Samenwerkingsverband, m.Jaar });
        builder.Property(m => m.Bedrag).HasPrecision(12, 2);
        builder.Property(m => m.Verdeelsleutel)
            .HasConversion(v => VerdeelsleutelCodes.Lijst.Code(v), c => VerdeelsleutelCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(m => m.Toelichting).HasMaxLength(Middelentoekenning.MaximaleLengteToelichting);
        builder.Property(m => m.Scholen).HasField("_scholen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Schoolbedrag>>.Converter, AlsJson<IReadOnlyList<Schoolbedrag>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(m => m.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Gebeurtenis>>.Converter, AlsJson<IReadOnlyList<Gebeurtenis>>.Vergelijker).HasColumnType("jsonb");
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(m => m.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_middelentoekenning_samenwerkingsverband_samenwerkingsverband");
        builder.HasOne<Schoolbestuur>().WithMany().HasForeignKey(m => m.SchoolbestuurId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_middelentoekenning_schoolbestuur_schoolbestuur_id");
        builder.Property(m => m.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(m => m.DomainEvents);
    }
}

internal sealed class VerantwoordingConfiguration : IEntityTypeConfiguration<Verantwoording>
{
    public void Configure(EntityTypeBuilder<Verantwoording> builder)
    {
        builder.ToTable("verantwoording");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Samenwerkingsverband).AlsSwvCode();
        // One verantwoording per grant.
        builder.HasIndex(v => v.ToekenningId).IsUnique();
        builder.HasIndex(v => new { v.Samenwerkingsverband, v.SchoolbestuurId });
        builder.Property(v => v.Status)
            .HasConversion(s => VerantwoordingStatusCodes.Lijst.Code(s), c => VerantwoordingStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
        builder.Property(v => v.Bespreeknotitie).HasMaxLength(Verantwoording.MaximaleLengteTekst);
        builder.Property(v => v.Regels).HasField("_regels").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Verantwoordingsregel>>.Converter, AlsJson<IReadOnlyList<Verantwoordingsregel>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(v => v.Leerlingregels).HasField("_leerlingregels").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Leerlingregel>>.Converter, AlsJson<IReadOnlyList<Leerlingregel>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(v => v.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Gebeurtenis>>.Converter, AlsJson<IReadOnlyList<Gebeurtenis>>.Vergelijker).HasColumnType("jsonb");
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(v => v.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_verantwoording_samenwerkingsverband_samenwerkingsverband");
        builder.HasOne<Middelentoekenning>().WithMany().HasForeignKey(v => v.ToekenningId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_verantwoording_middelentoekenning_toekenning_id");
        builder.Property(v => v.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(v => v.Besteed);
        builder.Ignore(v => v.DomainEvents);
    }
}

internal sealed class SamenwerkingsprojectConfiguration : IEntityTypeConfiguration<Samenwerkingsproject>
{
    public void Configure(EntityTypeBuilder<Samenwerkingsproject> builder)
    {
        builder.ToTable("samenwerkingsproject");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Samenwerkingsverband).AlsSwvCode();
        builder.HasIndex(p => new { p.Samenwerkingsverband, p.Regio, p.Jaar });
        builder.Property(p => p.Regio).HasMaxLength(120);
        builder.Property(p => p.Titel).HasMaxLength(Samenwerkingsproject.MaximaleLengteTitel);
        builder.Property(p => p.Doel).HasMaxLength(Samenwerkingsproject.MaximaleLengteTekst);
        builder.Property(p => p.Projectplan).HasMaxLength(Samenwerkingsproject.MaximaleLengteTekst);
        builder.Property(p => p.Begroting).HasPrecision(12, 2);
        builder.Property(p => p.Partners).HasField("_partners").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<string>>.Converter, AlsJson<IReadOnlyList<string>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(p => p.Evaluaties).HasField("_evaluaties").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Projectevaluatie>>.Converter, AlsJson<IReadOnlyList<Projectevaluatie>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(p => p.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Gebeurtenis>>.Converter, AlsJson<IReadOnlyList<Gebeurtenis>>.Vergelijker).HasColumnType("jsonb");
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(p => p.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_samenwerkingsproject_samenwerkingsverband_samenwerkingsverband");
        builder.Property(p => p.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(p => p.DomainEvents);
    }
}
