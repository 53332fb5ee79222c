using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class KoppelingNotificatieConfiguration : IEntityTypeConfiguration<KoppelingNotificatie>
{
    public void Configure(EntityTypeBuilder<KoppelingNotificatie> builder)
    {
        builder.ToTable("koppeling_notificatie");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Samenwerkingsverband).AlsSwvCode();
        builder.Property(n => n.Soort).HasMaxLength(200);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Scope).HasMaxLength(100);
        // Numbered by the database (trigger, per samenwerkingsverband), like every other feed's rows.
        builder.Property(n => n.Versie).ValueGeneratedOnAddOrUpdate();
        builder.HasIndex(n => new { n.Samenwerkingsverband, n.Versie });
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(n => n.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_koppeling_notificatie_samenwerkingsverband");
    }
}

internal sealed class AbonnementConfiguration : IEntityTypeConfiguration<Abonnement>
{
    public void Configure(EntityTypeBuilder<Abonnement> builder)
    {
        builder.ToTable("webhook_abonnement");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Samenwerkingsverband).AlsSwvCode();
        builder.Property(a => a.ClientId).HasMaxLength(100);
        builder.Property(a => a.Url).HasMaxLength(Abonnement.MaximaleLengteUrl);
        builder.Property(a => a.Geheim).HasMaxLength(1000);
        builder.Property(a => a.VorigGeheim).HasMaxLength(1000);
        builder.Property(a => a.Versie).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.ClientId });
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(a => a.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_webhook_abonnement_samenwerkingsverband");
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class AfleveringConfiguration : IEntityTypeConfiguration<Aflevering>
{
    public void Configure(EntityTypeBuilder<Aflevering> builder)
    {
        builder.ToTable("webhook_aflevering");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Samenwerkingsverband).AlsSwvCode();
        builder.Property(a => a.Subject).HasMaxLength(300);
        builder.Property(a => a.Volgnummer).UseIdentityAlwaysColumn();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.LaatsteFout).HasMaxLength(Aflevering.MaximaleLengteFout);
        builder.HasOne<Abonnement>().WithMany().HasForeignKey(a => a.AbonnementId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_webhook_aflevering_abonnement");
        builder.HasOne<KoppelingNotificatie>().WithMany().HasForeignKey(a => a.NotificatieId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_webhook_aflevering_notificatie");

        // What the delivery loop looks for: the waiting ones when due, and per abonnement and resource whether an earlier one waits.
        builder.HasIndex(a => a.VolgendePogingOp).HasFilter("status = 'Wachtend'").HasDatabaseName("ix_webhook_aflevering_wachtend");
        builder.HasIndex(a => new { a.AbonnementId, a.Subject, a.Volgnummer }).HasFilter("status = 'Wachtend'")
            .HasDatabaseName("ix_webhook_aflevering_wachtend_per_subject");
        builder.HasIndex(a => new { a.AbonnementId, a.Volgnummer });
    }
}

internal sealed class AfleverpogingConfiguration : IEntityTypeConfiguration<Afleverpoging>
{
    public void Configure(EntityTypeBuilder<Afleverpoging> builder)
    {
        builder.ToTable("webhook_afleverpoging");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Samenwerkingsverband).AlsSwvCode();
        builder.Property(p => p.Fout).HasMaxLength(Aflevering.MaximaleLengteFout);
        builder.HasOne<Aflevering>().WithMany().HasForeignKey(p => p.AfleveringId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_webhook_afleverpoging_aflevering");
        builder.HasIndex(p => new { p.AbonnementId, p.Id });
    }
}
