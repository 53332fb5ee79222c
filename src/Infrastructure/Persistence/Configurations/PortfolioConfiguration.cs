using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertboek;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>Code lists of the portfolio stored as their codes, so renaming a member never changes the store.</summary>
internal static class PortfolioCodes
{
    public static readonly ValueConverter<Expertisegebied, string> Gebied =
        new(g => ExpertisegebiedCodes.Lijst.Code(g), c => ExpertisegebiedCodes.Lijst.Zoek(c)!.Value);

    public static readonly ValueConverter<Werkdag, string> Dag =
        new(d => WerkdagCodes.Lijst.Code(d), c => WerkdagCodes.Lijst.Zoek(c)!.Value);
}

internal sealed class ExpertprofielConfiguration : IEntityTypeConfiguration<Expertprofiel>
{
    public void Configure(EntityTypeBuilder<Expertprofiel> builder)
    {
        builder.ToTable("expertprofiel");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever().HasColumnName("expert_id");
        builder.Property(p => p.Samenwerkingsverband).AlsSwvCode();
        builder.HasIndex(p => p.Samenwerkingsverband);
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(p => p.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_expertprofiel_samenwerkingsverband_samenwerkingsverband");
        builder.PrimitiveCollection(p => p.Expertisegebieden).HasField("_expertisegebieden").HasColumnName("expertisegebieden")
            .ElementType(e => e.HasConversion(PortfolioCodes.Gebied).HasMaxLength(40));
        builder.PrimitiveCollection(p => p.Werkdagen).HasField("_werkdagen").HasColumnName("werkdagen")
            .ElementType(e => e.HasConversion(PortfolioCodes.Dag).HasMaxLength(20));
        builder.PrimitiveCollection(p => p.OokInRegios).HasField("_ookInRegios").HasColumnName("ook_in_regios");
        builder.Property(p => p.Regio).HasMaxLength(120);
        builder.Property(p => p.Fte).HasPrecision(3, 2);
        builder.Property(p => p.Toelichting).HasMaxLength(Expertprofiel.MaximaleLengteToelichting);
        builder.Property(p => p.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(p => p.ExpertId);
        builder.Ignore(p => p.DomainEvents);
    }
}

internal sealed class RegioaanbodConfiguration : IEntityTypeConfiguration<Regioaanbod>
{
    public void Configure(EntityTypeBuilder<Regioaanbod> builder)
    {
        builder.ToTable("regioaanbod");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(r => r.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_regioaanbod_samenwerkingsverband_samenwerkingsverband");

        // One offer per regio of a samenwerkingsverband.
        builder.HasIndex(r => new { r.Samenwerkingsverband, r.Regio }).IsUnique();
        builder.Property(r => r.Regio).HasMaxLength(120);
        builder.PrimitiveCollection(r => r.Expertisegebieden).HasField("_expertisegebieden").HasColumnName("expertisegebieden")
            .ElementType(e => e.HasConversion(PortfolioCodes.Gebied).HasMaxLength(40));
        builder.Property(r => r.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(r => r.DomainEvents);
    }
}
