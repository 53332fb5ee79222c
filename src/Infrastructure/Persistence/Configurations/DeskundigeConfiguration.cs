using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class DeskundigeConfiguration : IEntityTypeConfiguration<Deskundige>
{
    public void Configure(EntityTypeBuilder<Deskundige> builder)
    {
        builder.ToTable("deskundige");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Samenwerkingsverband).AlsSwvCode();
        builder.HasIndex(d => d.Samenwerkingsverband);
        builder.Property(d => d.Naam).HasMaxLength(Deskundige.MaximaleLengteNaam);
        builder.Property(d => d.Discipline)
            .HasConversion(d => DisciplineCodes.Lijst.Code(d), c => DisciplineCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(d => d.Beroepsregister)
            .HasConversion(r => BeroepsregisterCodes.Lijst.Code(r!.Value), c => BeroepsregisterCodes.Lijst.Zoek(c)!.Value).HasMaxLength(10);
        builder.Property(d => d.Registratienummer).HasMaxLength(Registratie.MaximaleLengteNummer);
        builder.Property(d => d.Werkgever).HasMaxLength(Deskundige.MaximaleLengteWerkgever);
        builder.Property(d => d.Vestiging)
            .HasConversion(v => v!.Waarde, w => VestigingCode.Parse(w, "vestiging").Waarde).HasMaxLength(6);
        // Constraint names are given, not derived: the derived name depends on the order configurations are applied in.
        builder.HasOne<Samenwerkingsverband>().WithMany().HasForeignKey(d => d.Samenwerkingsverband).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_deskundige_samenwerkingsverband_samenwerkingsverband");
        builder.HasOne<Schoolbestuur>().WithMany().HasForeignKey(d => d.SchoolbestuurId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_deskundige_schoolbestuur_schoolbestuur_id");
        // Optional: without a vestiging the foreign key is not checked (a null part, MATCH SIMPLE).
        builder.HasOne<School>().WithMany().HasForeignKey(d => new { d.Samenwerkingsverband, d.Vestiging }).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_deskundige_school_samenwerkingsverband_vestiging");
        // One account writes the advices of one deskundige: two entries on one account would mix up who advised.
        // (Accounts are never deleted either, and the id is a wrapped Guid, so no foreign key, as for betrokkenen.)
        builder.HasIndex(d => d.AccountId).IsUnique().HasFilter("account_id IS NOT NULL");
        builder.Property(d => d.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(d => d.MagEersteAdviesGeven);
        builder.Ignore(d => d.DomainEvents);
    }
}
