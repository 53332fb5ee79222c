using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Infrastructure.Documenten;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>The documents' metadata; the bytes are in <c>document_inhoud</c>, so a list never reads them.</summary>
internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("document");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Leerling>().WithMany().HasForeignKey(d => d.LeerlingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Bestandsnaam).HasMaxLength(Bestandsnaam.MaximaleLengte);
        builder.Property(d => d.Soort).HasConversion(s => DocumentsoortCodes.Lijst.Code(s), c => DocumentsoortCodes.Lijst.Zoek(c)!.Value).HasMaxLength(10);
        builder.Property(d => d.Herkomst).HasConversion(h => DocumentherkomstCodes.Lijst.Code(h), c => DocumentherkomstCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.OntvangenDoor).HasConversion(AlsJson<Actor>.Converter, AlsJson<Actor>.Vergelijker).HasColumnType("jsonb");
        builder.Property(d => d.GedeeldMetOudersDoor).HasConversion(AlsJson<Actor>.Converter!, AlsJson<Actor>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(d => d.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(d => d.Versie).IsUnique();

        // A document belongs to at most one case; the store says so too.
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_document_hoogstens_een_zaak",
            "num_nonnulls(arrangement_id, toelaatbaarheidsverklaring_id, ontwikkelingsperspectiefplan_id) <= 1"));

        // The pupil's list, newest first; the lists of one case.
        builder.HasIndex(d => new { d.LeerlingId, d.Ontvangen });
        builder.HasIndex(d => d.ArrangementId).HasFilter("arrangement_id IS NOT NULL");
        builder.HasIndex(d => d.ToelaatbaarheidsverklaringId).HasFilter("toelaatbaarheidsverklaring_id IS NOT NULL");
        builder.HasIndex(d => d.OntwikkelingsperspectiefplanId).HasFilter("ontwikkelingsperspectiefplan_id IS NOT NULL");
        builder.HasIndex(d => d.DossierimportId).HasFilter("dossierimport_id IS NOT NULL");
        builder.Ignore(d => d.Zaak);
        builder.Ignore(d => d.DomainEvents);
    }
}

internal sealed class DocumentbytesConfiguration : IEntityTypeConfiguration<Documentbytes>
{
    public void Configure(EntityTypeBuilder<Documentbytes> builder)
    {
        builder.ToTable("document_inhoud");
        builder.HasKey(b => b.DocumentId);
        builder.Property(b => b.DocumentId).ValueGeneratedNever();
        builder.HasOne<Document>().WithOne().HasForeignKey<Documentbytes>(b => b.DocumentId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_document_inhoud_document_document_id");
        builder.Property(b => b.Inhoud).HasColumnType("bytea");
    }
}
