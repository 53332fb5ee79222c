using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per arrangement. The parts that are only ever read whole (goals, decision, evaluations, history,
/// provider) are JSON documents; everything lists filter on is a column with an index.
/// </summary>
internal sealed class ArrangementConfiguration : IEntityTypeConfiguration<Arrangement>
{
    public void Configure(EntityTypeBuilder<Arrangement> builder)
    {
        builder.ToTable("arrangement");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Samenwerkingsverband).AlsSwvCode();
        builder.Property(a => a.Vestiging).AlsVestigingCode();
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Vestiging });
        builder.HasIndex(a => a.LeerlingId);
        builder.HasOne<Leerling>().WithMany().HasForeignKey(a => a.LeerlingId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_arrangement_leerlingen_leerling_id");
        builder.Property(a => a.Soort).HasConversion(s => SoortArrangementCodes.Lijst.Code(s), c => SoortArrangementCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion(s => ArrangementStatusCodes.Lijst.Code(s), c => ArrangementStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);

        // Per tenant and status, in the werkvoorraad's order: each werkvoorraad line of the SWV (a status, ordered by
        // behandeldeadline, then id) reads one page as an index range, and the lists filter on status with it too.
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Status, a.Behandeldeadline, a.Id });

        // The same for the requests in behandeling without an open question ("besluiten"): its page and its count for the
        // werkvoorraad's totaal read this index alone, instead of visiting every row in behandeling to check the question.
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Status, a.Behandeldeadline, a.Id }, "ix_arrangement_zonder_open_vraag")
            .HasDatabaseName("ix_arrangement_zonder_open_vraag").HasFilter("open_vraag IS NULL");
        builder.Property(a => a.Bekostiger).HasConversion(b => UitvoerderCodes.Bekostigers.Code(b), c => UitvoerderCodes.Bekostigers.Zoek(c)!.Value).HasMaxLength(10);
        builder.ComplexProperty(a => a.Inhoud, i => i.IvoKolommen("inhoud"));
        builder.Property(a => a.Uren).HasPrecision(8, 2);
        builder.Property(a => a.Budget).HasPrecision(12, 2);
        builder.Property(a => a.Uitvoerder).HasConversion(AlsJson<Uitvoerder>.Converter, AlsJson<Uitvoerder>.Vergelijker).HasColumnType("jsonb");
        builder.Property(a => a.UitvoerderSoort).HasConversion(s => UitvoerderCodes.Soorten.Code(s), c => UitvoerderCodes.Soorten.Zoek(c)!.Value).HasMaxLength(10);
        builder.HasIndex(a => a.UitvoerderExpertId).HasFilter("uitvoerder_expert_id IS NOT NULL");
        builder.Property(a => a.Besluit).HasConversion(AlsJson<Besluit>.Converter!, AlsJson<Besluit>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(a => a.Beschikkingsnummer).HasMaxLength(Besluit.MaximaleLengteBeschikkingsnummer);
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Beschikkingsnummer }).IsUnique().HasFilter("beschikkingsnummer IS NOT NULL");
        builder.Property(a => a.Doelen).HasField("_doelen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Doel>>.Converter, AlsJson<IReadOnlyList<Doel>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(a => a.Evaluaties).HasField("_evaluaties").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Evaluatie>>.Converter, AlsJson<IReadOnlyList<Evaluatie>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(a => a.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Gebeurtenis>>.Converter, AlsJson<IReadOnlyList<Gebeurtenis>>.Vergelijker).HasColumnType("jsonb");
        builder.HasIndex(a => a.VolgendeEvaluatieUiterlijk);

        // "Mijn aanvragen": the requests of one person, in one samenwerkingsverband.
        builder.Property(a => a.AangevraagdDoor).HasMaxLength(200);
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.AangevraagdDoor });

        // The store numbers every save (trigger in the migration), like the aanbieders: concurrency token, ETag and feed position.
        builder.Property(a => a.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(a => a.Versie).IsUnique();

        // Per tenant: the feed's "highest change number I may see" and the list's pages by id. Without them PostgreSQL
        // walks the global index through every other tenant's rows (at national size 26 s for a quiet tenant).
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Versie });
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Id });

        // Beleidsinformatie counts a schooljaar's requests by soort and status, with hours and budget: an index-only range.
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.AangevraagdOp })
            .IncludeProperties(a => new { a.Vestiging, a.Soort, a.Status, a.Uren, a.Budget })
            .HasDatabaseName("ix_arrangement_aangevraagd_op");
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class IdempotentiesleutelConfiguration : IEntityTypeConfiguration<Application.Common.Idempotentie.Idempotentiesleutel>
{
    public void Configure(EntityTypeBuilder<Application.Common.Idempotentie.Idempotentiesleutel> builder)
    {
        builder.ToTable("idempotentiesleutel");
        builder.HasKey(i => new { i.Aanroeper, i.Sleutel });
        builder.Property(i => i.Aanroeper).HasMaxLength(200);
        builder.Property(i => i.Sleutel).HasMaxLength(Application.Common.Idempotentie.Idempotentiesleutel.MaximaleLengte);
        builder.Property(i => i.Vingerafdruk).HasMaxLength(64);
        builder.HasIndex(i => i.Op);
    }
}
