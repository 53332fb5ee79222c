using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per received dossier. The content hash is unique per samenwerkingsverband, so the same dossier delivered
/// twice (also at the same moment) is one import. What is only read whole is JSON; the protected data has a column
/// of its own so no list query ever selects it by accident.
/// </summary>
internal sealed class DossierimportConfiguration : IEntityTypeConfiguration<Dossierimport>
{
    public void Configure(EntityTypeBuilder<Dossierimport> builder)
    {
        builder.ToTable("dossierimport");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Samenwerkingsverband).AlsSwvCode();
        builder.Property(d => d.Vestiging).AlsVestigingCode();
        builder.HasOne<Leerling>().WithMany().HasForeignKey(d => d.LeerlingId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_dossierimport_leerling");
        builder.HasIndex(d => d.LeerlingId);
        builder.Property(d => d.Inhoudshash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(d => new { d.Samenwerkingsverband, d.Inhoudshash }).IsUnique();
        builder.Property(d => d.Profiel).HasConversion(p => OverdrachtsprofielCodes.Lijst.Code(p), c => OverdrachtsprofielCodes.Lijst.Zoek(c)!.Value).HasMaxLength(10);
        builder.Property(d => d.Status).HasConversion(s => DossierimportStatusCodes.Lijst.Code(s), c => DossierimportStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
        builder.Property(d => d.Pakket).HasMaxLength(200);
        builder.Property(d => d.Aanleverder).HasConversion(AlsJson<Actor>.Converter, AlsJson<Actor>.Vergelijker).HasColumnType("jsonb");
        builder.Property(d => d.Ouderinzage).HasConversion(AlsJson<Ouderinzage>.Converter!, AlsJson<Ouderinzage>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(d => d.Verzorgers).HasConversion(AlsJson<IReadOnlyList<Verzorger>>.Converter, AlsJson<IReadOnlyList<Verzorger>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(d => d.Gegevens).HasConversion(AlsJson<Overdrachtsgegevens>.Converter, AlsJson<Overdrachtsgegevens>.Vergelijker).HasColumnType("jsonb");
        builder.Property(d => d.Beschermd).HasConversion(AlsJson<BeschermdeGegevens>.Converter, AlsJson<BeschermdeGegevens>.Vergelijker).HasColumnType("jsonb")
            .HasColumnName("beschermde_gegevens");
        builder.Property(d => d.Verslag).HasConversion(AlsJson<IReadOnlyList<Verslagregel>>.Converter, AlsJson<IReadOnlyList<Verslagregel>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(d => d.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(d => d.DomainEvents);
    }
}
