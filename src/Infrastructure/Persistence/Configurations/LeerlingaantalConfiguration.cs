using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class LeerlingaantalConfiguration : IEntityTypeConfiguration<Leerlingaantal>
{
    public void Configure(EntityTypeBuilder<Leerlingaantal> builder)
    {
        builder.ToTable("leerlingaantal");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(l => l.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_leerlingaantal_samenwerkingsverband_samenwerkingsverband");
        builder.Property(l => l.Vestiging).AlsVestigingCode();

        // One number per vestiging per teldatum: a second delivery finds the first (and a race loses on this index).
        builder.HasIndex(l => new { l.Samenwerkingsverband, l.Teldatum, l.Vestiging }).IsUnique();
        builder.Property(l => l.GewijzigdDoor).HasMaxLength(200);
        builder.Property(l => l.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(l => l.DomainEvents);
    }
}
