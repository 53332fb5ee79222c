using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class LeerlingConfiguration : IEntityTypeConfiguration<Leerling>
{
    public void Configure(EntityTypeBuilder<Leerling> builder)
    {
        builder.ToTable("leerling");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Samenwerkingsverband).AlsSwvCode();
        builder.Property(l => l.Vestiging).AlsVestigingCode();

        // The name as a search compares it (LeerlingZoekvraag.Zoeknaam), computed by PostgreSQL on every write, and in
        // the index a search reads: the samenwerkingsverband's (or the vestigingen's) pupils without the table.
        builder.Property<string>(LeerlingZoekvraag.Zoeknaam).HasMaxLength((2 * Leerling.MaximaleLengteNaam) + 1)
            .HasComputedColumnSql("lower(voornaam || ' ' || achternaam)", stored: true);
        builder.HasIndex(l => new { l.Samenwerkingsverband, l.Vestiging }).IncludeProperties(LeerlingZoekvraag.Zoeknaam);

        // The full copy pages by id within one tenant (see ArrangementConfiguration).
        builder.HasIndex(l => new { l.Samenwerkingsverband, l.Id });
        builder.Property(l => l.Voornaam).HasMaxLength(Leerling.MaximaleLengteNaam);
        builder.Property(l => l.Achternaam).HasMaxLength(Leerling.MaximaleLengteNaam);
        builder.Property(l => l.Groep).HasMaxLength(Leerling.MaximaleLengteGroep);
        builder.Property(l => l.LasSleutel).HasMaxLength(Leerling.MaximaleLengteLasSleutel);
        builder.Property(l => l.Postcodegebied).HasMaxLength(4);

        // The LAS's key names one pupil per vestiging (a LAS serves one school).
        builder.HasIndex(l => new { l.Samenwerkingsverband, l.Vestiging, l.LasSleutel }).IsUnique().HasFilter("las_sleutel IS NOT NULL");
        builder.ComplexProperty(l => l.Ondersteuningsbehoeften, b =>
        {
            b.Property(o => o.BevorderendeFactoren).HasColumnName("bevorderende_factoren");
            b.Property(o => o.BelemmerendeFactoren).HasColumnName("belemmerende_factoren");
            b.Property(o => o.VisieLeerling).HasColumnName("visie_leerling");
            b.Property(o => o.VisieOuders).HasColumnName("visie_ouders");
            b.PrimitiveCollection(o => o.Expertises).HasColumnName("expertises")
                .ElementType(e => e.HasConversion(new ValueConverter<ExpertiseCode, string>(c => c.Waarde, w => ExpertiseCode.Parse(w, "expertises").Waarde)));
            b.ComplexProperty(o => o.Onderwijsbehoeften, i => i.IvoKolommen("onderwijsbehoefte"));
        });
        // A pupil is at a school of its own samenwerkingsverband: the vestiging can be a school in another one too.
        builder.HasOne<School>().WithMany().HasForeignKey(l => new { l.Samenwerkingsverband, l.Vestiging }).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_leerling_school_samenwerkingsverband_vestiging");
        builder.Property(l => l.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(l => l.Naam);
        builder.Ignore(l => l.DomainEvents);
    }
}
