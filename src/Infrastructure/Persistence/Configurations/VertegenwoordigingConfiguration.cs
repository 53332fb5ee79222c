using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class VertegenwoordigingConfiguration : IEntityTypeConfiguration<Vertegenwoordiging>
{
    public void Configure(EntityTypeBuilder<Vertegenwoordiging> builder)
    {
        builder.ToTable("vertegenwoordiging");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Leerling>().WithMany().HasForeignKey(v => v.LeerlingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.OuderNaam).HasMaxLength(Gebruiker.MaximaleLengteNaam);
        builder.Property(v => v.VastgelegdDoor).HasConversion(AlsJson<Actor>.Converter, AlsJson<Actor>.Vergelijker).HasColumnType("jsonb");
        builder.Property(v => v.BeeindigdDoor).HasConversion(AlsJson<Actor>.Converter!, AlsJson<Actor>.Vergelijker!).HasColumnType("jsonb");

        // The visibility filter asks "is this ouder linked to this pupil now" for every pupil row an ouder's query
        // considers; one active link per ouder and pupil (a school cannot link the same parent twice at once).
        builder.HasIndex(v => new { v.OuderId, v.LeerlingId }).IsUnique().HasFilter("beeindigd_op IS NULL");
        builder.HasIndex(v => v.LeerlingId);
        builder.Ignore(v => v.IsActief);
        builder.Ignore(v => v.DomainEvents);
    }
}
