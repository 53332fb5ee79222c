using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class BetrokkeneConfiguration : IEntityTypeConfiguration<Betrokkene>
{
    public void Configure(EntityTypeBuilder<Betrokkene> builder)
    {
        builder.ToTable("betrokkene");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Leerling>().WithMany().HasForeignKey(b => b.LeerlingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.ExpertNaam).HasMaxLength(Gebruiker.MaximaleLengteNaam);
        builder.Property(b => b.Reden).HasMaxLength(Betrokkene.MaximaleLengteReden);
        builder.Property(b => b.ToegevoegdDoor).HasConversion(AlsJson<Actor>.Converter, AlsJson<Actor>.Vergelijker).HasColumnType("jsonb");
        builder.Property(b => b.BeeindigdDoor).HasConversion(AlsJson<Actor>.Converter!, AlsJson<Actor>.Vergelijker!).HasColumnType("jsonb");

        // The visibility filter asks "is this expert involved with this pupil" for every pupil row it considers.
        builder.HasIndex(b => new { b.ExpertId, b.LeerlingId });
        builder.HasIndex(b => b.LeerlingId);
        builder.Ignore(b => b.DomainEvents);
    }
}

/// <summary>
/// The view <c>expert_betrokkenheid</c> (created in the migration): one row for every way an expert is involved with a
/// pupil. A betrokkene that was not ended early (with its last day), and an open arrangement (not refused, not ended)
/// that names the expert's account as its provider (no last day). Read only by the visibility filters of the DbContext.
/// </summary>
internal sealed class ExpertBetrokkenheid
{
    public Guid LeerlingId { get; private set; }

    public Guid ExpertId { get; private set; }

    public DateOnly? Tot { get; private set; }
}

internal sealed class ExpertBetrokkenheidConfiguration : IEntityTypeConfiguration<ExpertBetrokkenheid>
{
    public const string View = "expert_betrokkenheid";

    public void Configure(EntityTypeBuilder<ExpertBetrokkenheid> builder)
    {
        builder.HasNoKey();
        builder.ToView(View);
    }
}
