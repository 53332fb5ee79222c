using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per aanmelding. What the lists, the werkvoorraad and the visibility filter ask in SQL (status, term, outcome,
/// the schools) are columns; the extension, the decision and the history are only read whole, so they are JSON.
/// </summary>
internal sealed class AanmeldingConfiguration : IEntityTypeConfiguration<Aanmelding>
{
    public void Configure(EntityTypeBuilder<Aanmelding> builder)
    {
        builder.ToTable("aanmelding");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Samenwerkingsverband).AlsSwvCode();
        builder.Property(a => a.Vestiging).AlsVestigingCode();
        builder.Property(a => a.AndereSchoolVestiging).HasConversion(v => v!.Waarde, w => VestigingCode.Parse(w, "vestiging").Waarde).HasMaxLength(6);
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Vestiging });
        builder.HasOne<Leerling>().WithMany().HasForeignKey(a => a.LeerlingId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_aanmelding_leerling");
        builder.Property(a => a.LeerlingNaam).HasMaxLength((2 * Leerling.MaximaleLengteNaam) + 1);
        builder.Property(a => a.SchoolNaam).HasMaxLength(School.MaximaleLengteNaam);
        builder.Property(a => a.Schooljaar).HasConversion(s => s.Beginjaar, beginjaar => Schooljaar.Van(beginjaar));
        builder.Property(a => a.Status).HasConversion(s => AanmeldingStatusCodes.Lijst.Code(s), c => AanmeldingStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
        builder.Property(a => a.GeenZorgplicht).HasConversion(g => g == null ? null : GeenZorgplichtCodes.Lijst.Code(g.Value), c => GeenZorgplichtCodes.Lijst.Zoek(c)).HasMaxLength(20);
        builder.Property(a => a.Uitkomst).HasConversion(u => u == null ? null : ToelatingsuitkomstCodes.Lijst.Code(u.Value), c => ToelatingsuitkomstCodes.Lijst.Zoek(c)).HasMaxLength(20);

        // The werkvoorraad reads open aanmeldingen by their term (status, deadline, id); the list sorts the same way.
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Status, a.BesluitUiterlijk, a.Id });

        // One open aanmelding per pupil and school: a new one only after the last was decided or withdrawn.
        builder.HasIndex(a => new { a.LeerlingId, a.Vestiging }).IsUnique().HasFilter("status IN ('ontvangen', 'verlengd')");
        builder.Property(a => a.Verlenging).HasConversion(AlsJson<Verlenging>.Converter!, AlsJson<Verlenging>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(a => a.Besluit).HasConversion(AlsJson<Aanmeldingsbesluit>.Converter!, AlsJson<Aanmeldingsbesluit>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(a => a.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Gebeurtenis>>.Converter, AlsJson<IReadOnlyList<Gebeurtenis>>.Vergelijker).HasColumnType("jsonb");

        // The store numbers every save (trigger in the migration): concurrency token and ETag, as for every aggregate.
        builder.Property(a => a.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Versie });
        builder.Ignore(a => a.Zorgplicht);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.DomainEvents);
    }
}
