using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per tevredenheidsonderzoek, one per inzet (a unique index: the event may be delivered twice). What the
/// results group on (expert, gebied, regio, when sent) are columns; the five scores are read whole, as one document.
/// </summary>
internal sealed class TevredenheidsonderzoekConfiguration : IEntityTypeConfiguration<Tevredenheidsonderzoek>
{
    public void Configure(EntityTypeBuilder<Tevredenheidsonderzoek> builder)
    {
        builder.ToTable("tevredenheidsonderzoek");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Samenwerkingsverband).AlsSwvCode();
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(o => o.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_tevredenheidsonderzoek_samenwerkingsverband_samenwerkingsverband");
        builder.Property(o => o.Vestiging).AlsVestigingCode();
        builder.HasIndex(o => o.ExpertinzetId).IsUnique();
        builder.HasIndex(o => new { o.Samenwerkingsverband, o.VerstuurdOp });
        builder.HasIndex(o => new { o.Samenwerkingsverband, o.Vestiging });

        // The open ones by their deadline: the school's werkvoorraad line.
        builder.HasIndex(o => new { o.Samenwerkingsverband, o.BeantwoordenUiterlijk, o.Id }).HasFilter("beantwoord_op IS NULL")
            .HasDatabaseName("ix_tevredenheidsonderzoek_open_per_deadline");
        builder.Property(o => o.Regio).HasMaxLength(120);
        builder.Property(o => o.ExpertNaam).HasMaxLength(200);
        builder.Property(o => o.Expertisegebied).HasConversion(PortfolioCodes.Gebied).HasMaxLength(40);
        builder.Property<Dictionary<Tevredenheidsvraag, int>>("_scores").HasColumnName("scores")
            .HasConversion(AlsJson<Dictionary<Tevredenheidsvraag, int>>.Converter, AlsJson<Dictionary<Tevredenheidsvraag, int>>.Vergelijker)
            .HasColumnType("jsonb");
        builder.Ignore(o => o.Scores);
        builder.Ignore(o => o.IsBeantwoord);
        builder.Property(o => o.Toelichting).HasMaxLength(Tevredenheidsonderzoek.MaximaleLengteToelichting);
        builder.Property(o => o.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(o => o.DomainEvents);
    }
}
