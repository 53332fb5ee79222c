using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per register entry. What the list, the count and the werkvoorraad filter on or sort by (kind, reason,
/// dates, status, vestiging, regio) are columns; what is only read whole (leerplichtambtenaar, plan versions, return,
/// ending, history) are JSON documents.
/// </summary>
internal sealed class ThuiszitterConfiguration : IEntityTypeConfiguration<Thuiszitter>
{
    public void Configure(EntityTypeBuilder<Thuiszitter> builder)
    {
        builder.ToTable("thuiszitter");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Samenwerkingsverband).AlsSwvCode();
        builder.Property(t => t.Vestiging).AlsVestigingCode();
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Vestiging });
        builder.HasIndex(t => t.LeerlingId);

        // One open entry per child, whoever registers it at the same moment (MeldThuiszitter checks it first, with its own message).
        builder.HasIndex(t => t.LeerlingId, "ix_thuiszitter_open_per_leerling").IsUnique().HasFilter("status = 'open'").HasDatabaseName("ix_thuiszitter_open_per_leerling");
        builder.HasOne<Leerling>().WithMany().HasForeignKey(t => t.LeerlingId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_thuiszitter_leerling_leerling_id");
        builder.Property(t => t.Regio).HasMaxLength(100);
        builder.Property(t => t.Soort)
            .HasConversion(s => VerzuimsoortCodes.Lijst.Code(s), c => VerzuimsoortCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(t => t.Reden)
            .HasConversion(r => r == null ? null : ThuiszitredenCodes.Lijst.Code(r.Value), c => c == null ? null : ThuiszitredenCodes.Lijst.Zoek(c)).HasMaxLength(40);
        builder.Property(t => t.Grond)
            .HasConversion(g => g == null ? null : VrijstellingsgrondCodes.Lijst.Code(g.Value), c => c == null ? null : VrijstellingsgrondCodes.Lijst.Zoek(c)).HasMaxLength(40);
        builder.Property(t => t.Status)
            .HasConversion(s => ThuiszitterStatusCodes.Lijst.Code(s), c => ThuiszitterStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);

        // The werkvoorraad reads the open entries by their aim as an index range, like the other workflows.
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Status, t.Streefdatum, t.Id });
        builder.Property(t => t.Gemeente).HasMaxLength(Thuiszitter.MaximaleLengteGemeente);
        builder.Property(t => t.GemeldDoor).HasMaxLength(200);
        builder.Property(t => t.Leerplichtambtenaar)
            .HasConversion(AlsJson<Leerplichtambtenaar>.Converter!, AlsJson<Leerplichtambtenaar>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(t => t.Terugkeer).HasConversion(AlsJson<Terugkeer>.Converter!, AlsJson<Terugkeer>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(t => t.Beeindiging).HasConversion(AlsJson<Beeindiging>.Converter!, AlsJson<Beeindiging>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(t => t.Planversies).HasField("_planversies").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Planversie>>.Converter, AlsJson<IReadOnlyList<Planversie>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(t => t.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<ThuiszitterGebeurtenis>>.Converter, AlsJson<IReadOnlyList<ThuiszitterGebeurtenis>>.Vergelijker).HasColumnType("jsonb");

        // The store numbers every save (trigger in the migration): concurrency token and ETag.
        builder.Property(t => t.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Versie });
        builder.Ignore(t => t.Plan);
        builder.Ignore(t => t.TerugBinnenStreefdatum);
        builder.Ignore(t => t.DomainEvents);
    }
}
