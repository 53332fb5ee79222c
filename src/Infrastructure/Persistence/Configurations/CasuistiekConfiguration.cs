using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class NetwerkbesprekingConfiguration : IEntityTypeConfiguration<Netwerkbespreking>
{
    public void Configure(EntityTypeBuilder<Netwerkbespreking> builder)
    {
        builder.ToTable("netwerkbespreking");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(b => b.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_netwerkbespreking_samenwerkingsverband_samenwerkingsverband");
        builder.Property(b => b.Regio).HasMaxLength(Samenwerkingsverband.MaximaleLengteNaam);
        builder.Property(b => b.LokaalNetwerk).HasMaxLength(Samenwerkingsverband.MaximaleLengteNaam);
        builder.Property(b => b.Notities).HasMaxLength(Netwerkbespreking.MaximaleLengteNotities);
        builder.Property(b => b.Aanwezigen).HasField("_aanwezigen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Deelnemersrol>>.Converter, AlsJson<IReadOnlyList<Deelnemersrol>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(b => b.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<CasuistiekGebeurtenis>>.Converter, AlsJson<IReadOnlyList<CasuistiekGebeurtenis>>.Vergelijker).HasColumnType("jsonb");

        // The lists: per netwerk and school year, newest first.
        builder.HasIndex(b => new { b.Samenwerkingsverband, b.Regio, b.LokaalNetwerk, b.Datum });
        builder.HasIndex(b => new { b.Samenwerkingsverband, b.Schooljaar });
        builder.Property(b => b.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(b => b.DomainEvents);
    }
}

internal sealed class CasusConfiguration : IEntityTypeConfiguration<Casus>
{
    public void Configure(EntityTypeBuilder<Casus> builder)
    {
        builder.ToTable("casus");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Samenwerkingsverband).AlsSwvCode();
        builder.Property(c => c.Vestiging).AlsVestigingCode();
        builder.HasOne<School>().WithMany().HasForeignKey(c => new { c.Samenwerkingsverband, c.Vestiging }).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_casus_school_samenwerkingsverband_vestiging");
        builder.Property(c => c.Regio).HasMaxLength(Samenwerkingsverband.MaximaleLengteNaam);
        builder.Property(c => c.LokaalNetwerk).HasMaxLength(Samenwerkingsverband.MaximaleLengteNaam);
        builder.Property(c => c.Ondersteuningsvraag).HasMaxLength(Casus.MaximaleLengteTekst);
        builder.Property(c => c.Geprobeerd).HasMaxLength(Casus.MaximaleLengteTekst);
        builder.Property(c => c.Leerjaarband)
            .HasConversion(b => CasuistiekCodes.Leerjaarbanden.Code(b!.Value), c => CasuistiekCodes.Leerjaarbanden.Zoek(c)!.Value).HasMaxLength(20);
        builder.Property(c => c.Expertisegebied)
            .HasConversion(e => ExpertisegebiedCodes.Lijst.Code(e!.Value), c => ExpertisegebiedCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(c => c.Status).HasConversion(s => CasusStatusCodes.Lijst.Code(s), c => CasusStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(30);
        builder.Property(c => c.UitkomstSoort)
            .HasConversion(u => CasuistiekCodes.Uitkomstsoorten.Code(u!.Value), c => CasuistiekCodes.Uitkomstsoorten.Zoek(c)!.Value).HasMaxLength(30);
        builder.Property(c => c.Uitkomst).HasConversion(AlsJson<Uitkomst>.Converter!, AlsJson<Uitkomst>.Vergelijker!).HasColumnType("jsonb");
        builder.HasOne<Netwerkbespreking>().WithMany().HasForeignKey(c => c.BesprekingId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_casus_netwerkbespreking_bespreking_id");

        // An expert inzet rests on one case, and a case is used for one inzet.
        builder.HasIndex(c => c.ExpertinzetId).IsUnique().HasFilter("expertinzet_id IS NOT NULL");
        builder.Property(c => c.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<CasuistiekGebeurtenis>>.Converter, AlsJson<IReadOnlyList<CasuistiekGebeurtenis>>.Vergelijker).HasColumnType("jsonb");
        builder.HasIndex(c => new { c.Samenwerkingsverband, c.Regio, c.LokaalNetwerk, c.Schooljaar });
        builder.HasIndex(c => new { c.Samenwerkingsverband, c.Vestiging });
        builder.Property(c => c.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(c => c.DomainEvents);
    }
}
