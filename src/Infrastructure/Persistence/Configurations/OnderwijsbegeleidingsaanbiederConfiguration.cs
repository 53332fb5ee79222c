using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per aanbieder and one per aangeboden begeleiding. The werkgebied is stored as arrays, so "who offers
/// X in PO2705 or postcode 3811" is an indexed query; contacts are a JSON document (only ever read whole).
/// </summary>
internal sealed class OnderwijsbegeleidingsaanbiederConfiguration : IEntityTypeConfiguration<Onderwijsbegeleidingsaanbieder>
{
    public const string Tabel = "onderwijsbegeleidingsaanbieder";

    public void Configure(EntityTypeBuilder<Onderwijsbegeleidingsaanbieder> builder)
    {
        builder.ToTable(Tabel);
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Code).HasConversion(c => c.Waarde, w => ObaCode.Parse(w, "code").Waarde).HasMaxLength(7);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Naam).HasMaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteNaam);
        builder.Property(o => o.InternationaleNaam).HasMaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteInternationaleNaam);
        builder.Property(o => o.Bestuur).HasMaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteBestuur);

        // The samenwerkingsverband that manages the entry; NULL for a national one (register-beheerders only).
        builder.Property(o => o.Eigenaar)
            .HasConversion(s => s!.Waarde, w => SwvCode.Parse(w, "eigenaar").Waarde)
            .HasMaxLength(6)
            .IsRequired(false);
        builder.ComplexProperty(o => o.Erkenning, e =>
        {
            e.Property(x => x.Code).HasColumnName("erkenning_code").HasMaxLength(Onderwijsinstellingserkenning.MaximaleLengteCode);
            e.Property(x => x.Cluster).HasColumnName("erkenning_cluster");
            e.Property(x => x.Licenties).HasColumnName("erkenning_licenties");
        });
        builder.Property(o => o.Communicatiecontexten)
            .HasField("_communicatiecontexten")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(CommunicatiecontextenAlsJson.Converter, CommunicatiecontextenAlsJson.Vergelijker)
            .HasColumnType("jsonb");

        // The store numbers every save (trigger in the migration); EF reads the number back and checks it on update.
        builder.Property(o => o.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(o => o.Versie).IsUnique();
        builder.Property(o => o.GewijzigdOp);
        builder.HasIndex(o => o.GewijzigdOp);
        builder.HasIndex(o => o.Naam);

        builder.HasMany(o => o.Aanbod).WithOne().HasForeignKey(AangebodenBegeleidingConfiguration.AanbiederId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Aanbod).HasField("_aanbod").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(o => o.DomainEvents);
    }
}

internal sealed class AangebodenBegeleidingConfiguration : IEntityTypeConfiguration<AangebodenBegeleiding>
{
    public const string AanbiederId = "AanbiederId";

    public void Configure(EntityTypeBuilder<AangebodenBegeleiding> builder)
    {
        builder.ToTable("aangeboden_begeleiding");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Expertise).HasConversion(e => e.Waarde, w => ExpertiseCode.Parse(w, "expertise").Waarde).HasMaxLength(ExpertiseCode.MaximaleLengte);
        builder.ComplexProperty(a => a.Periode, p =>
        {
            p.Property(x => x.Begindatum).HasColumnName("begindatum");
            p.Property(x => x.Einddatum).HasColumnName("einddatum");
        });
        builder.ComplexProperty(a => a.Werkgebied, w =>
        {
            w.Property(x => x.Samenwerkingsverbanden).HasColumnName("werkgebied_samenwerkingsverbanden");
            w.Property(x => x.Postcodegebieden).HasColumnName("werkgebied_postcodegebieden");
        });

        // The werkgebied's GIN indexes and the one for national lines are made by migration WerkgebiedIndexen (raw SQL).
        builder.Property<Guid>(AanbiederId);
        builder.HasIndex(AanbiederId);
        builder.HasIndex(a => a.Expertise);
    }
}

internal sealed class VerwijderdeAanbiederConfiguration : IEntityTypeConfiguration<VerwijderdeAanbieder>
{
    public void Configure(EntityTypeBuilder<VerwijderdeAanbieder> builder)
    {
        builder.ToTable("verwijderde_aanbieder");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Code).HasConversion(c => c.Waarde, w => ObaCode.Parse(w, "code").Waarde).HasMaxLength(7);
        // Numbered by the same trigger as the aanbieders; 0 means "not yet numbered" and is never stored.
        builder.Property(v => v.Versie).HasDefaultValue(0L);
        builder.HasIndex(v => v.Versie).IsUnique();
        builder.HasIndex(v => v.VerwijderdOp);
    }
}
