using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// Notifications: read per person, newest first, and counted per person while unread; the index on (ontvanger,
/// gelezen_op, id) serves both the list and the bell's count, which runs on every page the SPA opens.
/// </summary>
internal sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> builder)
    {
        builder.ToTable("melding");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Samenwerkingsverband).AlsSwvCode();
        builder.Property(m => m.Soort).HasConversion(s => MeldingsoortCodes.Lijst.Code(s), c => MeldingsoortCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(m => m.Tekst).HasMaxLength(Melding.MaximaleLengteTekst).IsRequired();
        builder.Property(m => m.Zaak)
            .HasConversion(z => z == null ? null : ZaaksoortCodes.Lijst.Code(z.Value), c => c == null ? null : ZaaksoortCodes.Lijst.Zoek(c))
            .HasMaxLength(40);
        builder.HasIndex(m => new { m.Ontvanger, m.GelezenOp, m.Id });
        builder.HasIndex(m => new { m.Ontvanger, m.Id });
    }
}

/// <summary>One row per person who changed a choice; the choices are one small JSON document read whole.</summary>
internal sealed class MeldingvoorkeurenConfiguration : IEntityTypeConfiguration<Meldingvoorkeuren>
{
    public void Configure(EntityTypeBuilder<Meldingvoorkeuren> builder)
    {
        builder.ToTable("meldingvoorkeuren");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Samenwerkingsverband).AlsSwvCode();
        builder.Ignore(v => v.Voorkeuren);
        builder.Property<List<Meldingvoorkeur>>("_voorkeuren")
            .HasColumnName("voorkeuren")
            .HasConversion(AlsJson<List<Meldingvoorkeur>>.Converter, AlsJson<List<Meldingvoorkeur>>.Vergelijker)
            .HasColumnType("jsonb");
        builder.Property(v => v.Versie).IsConcurrencyToken();
    }
}

/// <summary>The e-mails waiting: the sender picks the oldest unsent ones through the partial index.</summary>
internal sealed class MailopdrachtConfiguration : IEntityTypeConfiguration<Mailopdracht>
{
    public void Configure(EntityTypeBuilder<Mailopdracht> builder)
    {
        builder.ToTable("mailopdracht");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Adres).HasMaxLength(320).IsRequired();
        builder.HasIndex(m => m.Id).HasFilter("verzonden_op IS NULL").HasDatabaseName("ix_mailopdracht_te_verzenden");
    }
}
