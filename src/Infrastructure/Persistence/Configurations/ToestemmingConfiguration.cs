using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class ToestemmingConfiguration : IEntityTypeConfiguration<Toestemming>
{
    public void Configure(EntityTypeBuilder<Toestemming> builder)
    {
        builder.ToTable("toestemming");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Leerling>().WithMany().HasForeignKey(t => t.LeerlingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.OuderNaam).HasMaxLength(Toestemming.MaximaleLengteNaam);
        builder.Property(t => t.Wijze)
            .HasConversion(w => ToestemmingswijzeCodes.Lijst.Code(w), c => ToestemmingswijzeCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
        builder.OwnsOne(t => t.Ontvanger, o =>
        {
            o.Property(v => v.GebruikerId).HasColumnName("ontvanger_gebruiker_id");
            o.Property(v => v.AanbiederCode).HasColumnName("ontvanger_aanbieder_code").HasMaxLength(7);
            o.Property(v => v.Naam).HasColumnName("ontvanger_naam").HasMaxLength(Toestemming.MaximaleLengteNaam).IsRequired();
            o.Property(v => v.Organisatie).HasColumnName("ontvanger_organisatie").HasMaxLength(Gebruiker.MaximaleLengteOrganisatie);
            o.Ignore(v => v.IsAanbieder);
        });
        builder.Navigation(t => t.Ontvanger).IsRequired();
        builder.Property(t => t.Doel).HasMaxLength(Toestemming.MaximaleLengteDoel);
        builder.Property(t => t.VastgelegdDoor).HasConversion(AlsJson<Actor>.Converter, AlsJson<Actor>.Vergelijker).HasColumnType("jsonb");
        builder.Property(t => t.IngetrokkenDoor).HasConversion(AlsJson<Actor>.Converter!, AlsJson<Actor>.Vergelijker!).HasColumnType("jsonb");

        // The view expert_betrokkenheid asks "does an active consent cover this external person for this pupil" for
        // every pupil row an external expert's query considers.
        builder.HasIndex(t => t.LeerlingId).HasFilter("ingetrokken_op IS NULL");
        builder.Ignore(t => t.DomainEvents);
    }
}
