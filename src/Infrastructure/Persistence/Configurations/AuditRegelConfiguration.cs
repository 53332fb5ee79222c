using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class AuditRegelConfiguration : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> builder)
    {
        builder.ToTable("audit_regel");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Samenwerkingsverband).HasMaxLength(6);
        builder.Property(a => a.ActorSoort).HasMaxLength(20);
        builder.Property(a => a.Actie).HasConversion(a => a.ToString().ToLowerInvariant(), t => Enum.Parse<AuditActie>(t, true)).HasMaxLength(20);
        foreach (var tekst in new[] { nameof(AuditRegel.Actor), nameof(AuditRegel.ActorNaam), nameof(AuditRegel.Namens), nameof(AuditRegel.ResourceSoort), nameof(AuditRegel.ResourceId), nameof(AuditRegel.Doel), nameof(AuditRegel.Herkomst), nameof(AuditRegel.TraceId) })
        {
            builder.Property(tekst).HasMaxLength(AuditRegel.MaximaleLengteTekst);
        }

        // The two questions the log answers: everything about one pupil, everything one actor did.
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.LeerlingId, a.Id });
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Actor, a.Id });
        // The platform's overview reads the newest record per samenwerkingsverband.
        builder.HasIndex(a => new { a.Samenwerkingsverband, a.Op });
    }
}
