using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class OutboxBerichtConfiguration : IEntityTypeConfiguration<OutboxBericht>
{
    public void Configure(EntityTypeBuilder<OutboxBericht> builder)
    {
        builder.ToTable("outbox_bericht");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Volgnummer).ValueGeneratedNever();
        builder.HasIndex(b => b.Volgnummer, "volgnummer").IsUnique().HasDatabaseName("ix_outbox_bericht_volgnummer");
        builder.Property(b => b.AggregaatType).HasMaxLength(100);
        builder.Property(b => b.AggregaatId).HasMaxLength(200);
        builder.Property(b => b.Soort).HasMaxLength(200);
        builder.Property(b => b.Inhoud).HasColumnType("jsonb");
        builder.Property(b => b.LaatsteFout).HasMaxLength(OutboxBericht.MaximaleLengteFout);

        // What the dispatcher looks for: the undelivered events in order, and per aggregate whether an earlier one waits.
        builder.HasIndex(b => b.Volgnummer, "onverwerkt").HasFilter("verwerkt_op IS NULL").HasDatabaseName("ix_outbox_bericht_onverwerkt");
        builder.HasIndex(b => new { b.AggregaatType, b.AggregaatId, b.Volgnummer }, "onverwerkt_per_aggregaat")
            .HasFilter("verwerkt_op IS NULL").HasDatabaseName("ix_outbox_bericht_onverwerkt_per_aggregaat");
    }
}

internal sealed class VerwerkteGebeurtenisConfiguration : IEntityTypeConfiguration<VerwerkteGebeurtenis>
{
    public void Configure(EntityTypeBuilder<VerwerkteGebeurtenis> builder)
    {
        builder.ToTable("verwerkte_gebeurtenis");
        builder.HasKey(v => new { v.Consument, v.GebeurtenisId });
        builder.Property(v => v.Consument).HasMaxLength(VerwerkteGebeurtenis.MaximaleLengteConsument);
    }
}
