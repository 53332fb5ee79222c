using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per expert inzet. What is only ever read whole (case information, notes, summary, plan, hours, closing,
/// history) are JSON documents; what the list filters on or shows (status, expertise, expert, vestiging, hours used
/// and budget) are columns.
/// </summary>
internal sealed class ExpertinzetConfiguration : IEntityTypeConfiguration<Expertinzet>
{
    public void Configure(EntityTypeBuilder<Expertinzet> builder)
    {
        builder.ToTable("expertinzet");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Samenwerkingsverband).AlsSwvCode();
        builder.Property(i => i.Vestiging).AlsVestigingCode();
        builder.HasIndex(i => new { i.Samenwerkingsverband, i.Vestiging });
        builder.HasIndex(i => i.LeerlingId);
        builder.HasOne<Leerling>().WithMany().HasForeignKey(i => i.LeerlingId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_expertinzet_leerling_leerling_id");

        // The casus lives in the lokaal netwerk's anonymous records (another part); the id is checked when the inzet starts.
        builder.HasIndex(i => i.CasusId);
        builder.Property(i => i.Expertisegebied)
            .HasConversion(e => ExpertisegebiedCodes.Lijst.Code(e), c => ExpertisegebiedCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(i => i.Status)
            .HasConversion(s => ExpertinzetStatusCodes.Lijst.Code(s), c => ExpertinzetStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
        // The werkvoorraad reads each line (a status, by the phase's target) as an index range, like the arrangementen's.
        builder.HasIndex(i => new { i.Samenwerkingsverband, i.Status, i.FaseStreefdatum, i.Id });
        builder.HasIndex(i => i.ExpertId).HasFilter("expert_id IS NOT NULL");
        builder.Property(i => i.ExpertNaam).HasMaxLength(200);
        builder.Property(i => i.UrenBudget).HasPrecision(8, 2);
        builder.Property(i => i.UrenGebruikt).HasPrecision(8, 2);
        builder.Property(i => i.GestartDoor).HasMaxLength(200);
        builder.Property(i => i.Casus).HasConversion(AlsJson<Casusinformatie>.Converter, AlsJson<Casusinformatie>.Vergelijker).HasColumnType("jsonb");
        builder.Property(i => i.Samenvatting).HasConversion(AlsJson<Samenvatting>.Converter!, AlsJson<Samenvatting>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(i => i.Plan).HasConversion(AlsJson<PlanVanAanpak>.Converter!, AlsJson<PlanVanAanpak>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(i => i.Afsluiting).HasConversion(AlsJson<Afsluiting>.Converter!, AlsJson<Afsluiting>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(i => i.Notities).HasField("_notities").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Fasenotitie>>.Converter, AlsJson<IReadOnlyList<Fasenotitie>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(i => i.Uren).HasField("_uren").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Urenregistratie>>.Converter, AlsJson<IReadOnlyList<Urenregistratie>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(i => i.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<InzetGebeurtenis>>.Converter, AlsJson<IReadOnlyList<InzetGebeurtenis>>.Vergelijker).HasColumnType("jsonb");

        // The store numbers every save (trigger in the migration): concurrency token and ETag.
        builder.Property(i => i.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(i => new { i.Samenwerkingsverband, i.Versie });
        builder.Ignore(i => i.UrenBijnaOp);
        builder.Ignore(i => i.DomainEvents);
    }
}
