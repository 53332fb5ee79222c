using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> builder)
    {
        builder.ToTable("gebruiker");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasConversion(id => id.Waarde, waarde => new GebruikerId(waarde));
        builder.Property(g => g.Email)
            .HasConversion(e => e.Waarde, waarde => EmailAdres.Parse(waarde, "email").Waarde)
            .HasMaxLength(EmailAdres.MaximaleLengte)
            .HasColumnName("email");
        builder.HasIndex(g => g.Email).IsUnique();
        builder.Property(g => g.Naam).HasMaxLength(Gebruiker.MaximaleLengteNaam).IsRequired();
        builder.Property(g => g.Rol).HasConversion(r => r.Code(), code => RolCodes.VanCode(code)!.Value).HasMaxLength(40);
        builder.Property(g => g.Samenwerkingsverband)
            .HasConversion(s => s!.Waarde, waarde => SwvCode.Parse(waarde, "samenwerkingsverband").Waarde)
            .HasMaxLength(6);
        builder.HasIndex(g => g.Samenwerkingsverband);
        builder.Property(g => g.Vestigingen).HasField("_vestigingen").HasColumnName("vestigingen");
        // Stored as their codes, so renaming a member never changes what is in the store (as for the role).
        builder.PrimitiveCollection(g => g.Functies).HasField("_functies").HasColumnName("functies")
            .ElementType(e => e.HasConversion(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Functie, string>(
                f => f.Code(), code => FunctieCodes.Lijst.Zoek(code)!.Value)).HasMaxLength(40));
        builder.Property(g => g.WachtwoordHash).HasMaxLength(300);
        builder.Property(g => g.ActivatiecodeHash).HasMaxLength(64);
        builder.HasIndex(g => g.ActivatiecodeHash).IsUnique().HasFilter("activatiecode_hash IS NOT NULL");
        builder.OwnsOne(g => g.ExterneIdentiteit, identiteit =>
        {
            identiteit.Property(e => e.Uitgever).HasColumnName("extern_uitgever").HasMaxLength(ExterneIdentiteit.MaximaleLengte);
            identiteit.Property(e => e.Onderwerp).HasColumnName("extern_onderwerp").HasMaxLength(ExterneIdentiteit.MaximaleLengte);

            // A person at the provider signs in to one account, found by this index before anyone is known.
            identiteit.HasIndex(e => new { e.Uitgever, e.Onderwerp }).IsUnique();
        });
        builder.Property(g => g.ExterneOrganisatie).HasMaxLength(Gebruiker.MaximaleLengteOrganisatie);
        builder.Property(g => g.ExterneAanbiederCode).HasMaxLength(7);
        builder.Ignore(g => g.IsExtern);
        builder.Ignore(g => g.DomainEvents);
        builder.Ignore(g => g.Status); // derived from actief, the password hash and the external identity
    }
}
