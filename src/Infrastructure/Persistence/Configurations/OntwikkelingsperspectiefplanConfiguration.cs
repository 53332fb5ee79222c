using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per OPP. What the werkvoorraad, the visibility filter and the LAS ask in SQL (status, terms, instemming and
/// ROD state) are columns; the versions, evaluations and history are only read whole, so they are JSON.
/// </summary>
internal sealed class OntwikkelingsperspectiefplanConfiguration : IEntityTypeConfiguration<Ontwikkelingsperspectiefplan>
{
    public void Configure(EntityTypeBuilder<Ontwikkelingsperspectiefplan> builder)
    {
        builder.ToTable("ontwikkelingsperspectiefplan");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Samenwerkingsverband).AlsSwvCode();
        builder.Property(o => o.Vestiging).AlsVestigingCode();
        builder.HasIndex(o => new { o.Samenwerkingsverband, o.Vestiging });
        builder.HasOne<Leerling>().WithMany().HasForeignKey(o => o.LeerlingId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_ontwikkelingsperspectiefplan_leerling");
        builder.Property(o => o.LeerlingNaam).HasMaxLength((2 * Leerling.MaximaleLengteNaam) + 1);
        builder.Property(o => o.SoortSchool).HasConversion(s => SoortSchoolCodes.Lijst.Code(s), c => SoortSchoolCodes.Lijst.Zoek(c)!.Value).HasMaxLength(3);
        builder.Property(o => o.Aanleiding).HasConversion(a => AanleidingCodes.Lijst.Code(a), c => AanleidingCodes.Lijst.Zoek(c)!.Value).HasMaxLength(30);
        builder.Property(o => o.Status).HasConversion(s => OppStatusCodes.Lijst.Code(s), c => OppStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);

        // Per tenant and status, with the pupil and vestiging: "OPP ontbreekt" (the running arrangementen without a plan
        // that holds) reads the tenant's holding plans from this index alone (6 ms instead of 11 at national size).
        builder.HasIndex(o => new { o.Samenwerkingsverband, o.Status }).IncludeProperties(o => new { o.LeerlingId, o.Vestiging });

        // One plan per pupil and school: a new one only after the last was closed.
        builder.HasIndex(o => new { o.LeerlingId, o.Vestiging }).IsUnique().HasFilter("status <> 'afgesloten'");
        builder.Property(o => o.Versies).HasField("_versies").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<OppVersie>>.Converter, AlsJson<IReadOnlyList<OppVersie>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(o => o.Evaluaties).HasField("_evaluaties").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<OppEvaluatie>>.Converter, AlsJson<IReadOnlyList<OppEvaluatie>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(o => o.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Gebeurtenis>>.Converter, AlsJson<IReadOnlyList<Gebeurtenis>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(o => o.VisiesVanOuders).HasField("_visiesVanOuders").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<OppVisieVanOuders>>.Converter, AlsJson<IReadOnlyList<OppVisieVanOuders>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(o => o.RedenAfsluiting).HasMaxLength(Ontwikkelingsperspectiefplan.MaximaleLengteTekst);

        // The store numbers every save (trigger in the migration): concurrency token, ETag and place in the LAS feed.
        builder.Property(o => o.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(o => o.Versie).IsUnique();

        // The feed's highest change number per tenant, without walking the other tenants' rows (see ArrangementConfiguration).
        builder.HasIndex(o => new { o.Samenwerkingsverband, o.Versie });
        builder.Ignore(o => o.Concept);
        builder.Ignore(o => o.Geldend);
        builder.Ignore(o => o.VersieVoorInstemming);
        builder.Ignore(o => o.VersieVoorOuders);
        builder.Ignore(o => o.VisieVanOuders);
        builder.Ignore(o => o.BegindatumTeRegistreren);
        builder.Ignore(o => o.EinddatumTeRegistreren);
        builder.Ignore(o => o.DomainEvents);
    }
}

/// <summary>
/// <see cref="OppStand"/>: the plan rows' key columns, read from the same table (a view in EF's terms, so migrations
/// leave it alone).
/// </summary>
internal sealed class OppStandConfiguration : IEntityTypeConfiguration<OppStand>
{
    public void Configure(EntityTypeBuilder<OppStand> builder)
    {
        builder.HasNoKey();
        builder.ToView("ontwikkelingsperspectiefplan");
        builder.Property(o => o.Samenwerkingsverband).AlsSwvCode();
        builder.Property(o => o.Vestiging).AlsVestigingCode();
        builder.Property(o => o.Status).HasConversion(s => OppStatusCodes.Lijst.Code(s), c => OppStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
    }
}
