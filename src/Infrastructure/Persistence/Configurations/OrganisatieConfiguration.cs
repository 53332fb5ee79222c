using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal static class OrganisatieConversies
{
    public static PropertyBuilder<SwvCode> AlsSwvCode(this PropertyBuilder<SwvCode> builder) =>
        builder.HasConversion(s => s.Waarde, w => SwvCode.Parse(w, "samenwerkingsverband").Waarde).HasMaxLength(6);

    public static PropertyBuilder<VestigingCode> AlsVestigingCode(this PropertyBuilder<VestigingCode> builder) =>
        builder.HasConversion(v => v.Waarde, w => VestigingCode.Parse(w, "vestiging").Waarde).HasMaxLength(6);
}

internal sealed class SamenwerkingsverbandConfiguration : IEntityTypeConfiguration<Samenwerkingsverband>
{
    public void Configure(EntityTypeBuilder<Samenwerkingsverband> builder)
    {
        builder.ToTable("samenwerkingsverband");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).AlsSwvCode().HasColumnName("code");
        builder.Property(s => s.Naam).HasMaxLength(Samenwerkingsverband.MaximaleLengteNaam);
        builder.Property(s => s.Regios).HasField("_regios").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Regio>>.Converter, AlsJson<IReadOnlyList<Regio>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(s => s.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        // Tenants that existed before suspension was possible are active.
        builder.Property(s => s.Status)
            .HasConversion(s => TenantStatusCodes.Lijst.Code(s), c => TenantStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20)
            .HasDefaultValue(TenantStatus.Actief).HasSentinel(TenantStatus.Actief);
        builder.Ignore(s => s.Code);
        builder.Ignore(s => s.Sector); // follows from the code
        builder.Ignore(s => s.IsOpgeschort);
        builder.Ignore(s => s.DomainEvents);
    }
}

internal sealed class SchoolbestuurConfiguration : IEntityTypeConfiguration<Schoolbestuur>
{
    public void Configure(EntityTypeBuilder<Schoolbestuur> builder)
    {
        builder.ToTable("schoolbestuur");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Samenwerkingsverband).AlsSwvCode();
        builder.Property(s => s.Nummer).HasMaxLength(5);
        builder.HasIndex(s => new { s.Samenwerkingsverband, s.Nummer }).IsUnique();
        builder.Property(s => s.Naam).HasMaxLength(Schoolbestuur.MaximaleLengteNaam);
        // Constraint names are given, not derived: the derived name depends on the order configurations are applied in.
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(s => s.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_schoolbestuur_samenwerkingsverband_samenwerkingsverband");
        builder.Ignore(s => s.DomainEvents);
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    private const string Sectorkolom = "Sector";

    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("school");

        // A vestiging is a school in a PO and in a VO samenwerkingsverband (an SO/VSO school), so the key has both; the
        // tenant comes first, as every query of a school runs within one.
        builder.HasKey(s => new { s.Samenwerkingsverband, s.Vestiging }).HasName("pk_school");
        builder.Property(s => s.Samenwerkingsverband).AlsSwvCode();
        builder.Property(s => s.Vestiging).AlsVestigingCode();

        // At most one samenwerkingsverband per sector: the sector is the code's first two letters (PO, VO), kept beside
        // it by the database, so two registrations at the same moment cannot both take the vestiging in one sector.
        builder.Property<string>(Sectorkolom).HasColumnName("sector").HasMaxLength(2)
            .HasComputedColumnSql("left(samenwerkingsverband, 2)", stored: true);
        builder.HasIndex(nameof(School.Vestiging), Sectorkolom).IsUnique().HasDatabaseName("ix_school_vestiging_sector");
        builder.Property(s => s.Naam).HasMaxLength(School.MaximaleLengteNaam);
        builder.Property(s => s.Soort).HasConversion(s => SoortSchoolCodes.Lijst.Code(s), c => SoortSchoolCodes.Lijst.Zoek(c)!.Value).HasMaxLength(3);
        builder.Property(s => s.Regio).HasMaxLength(Samenwerkingsverband.MaximaleLengteNaam);
        builder.Property(s => s.LokaalNetwerk).HasMaxLength(Samenwerkingsverband.MaximaleLengteNaam);
        builder.ComplexProperty(s => s.Ondersteuningsprofiel, p => p.IvoKolommen("sop"));
        builder.HasOne<Schoolbestuur>().WithMany().HasForeignKey(s => s.SchoolbestuurId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_school_schoolbestuur_schoolbestuur_id");
        builder.Property(s => s.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(s => s.Id); // the key's two parts, mapped above
        builder.Ignore(s => s.DomainEvents);
    }
}
