using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class TermijnConfiguration : IEntityTypeConfiguration<Termijn>
{
    public void Configure(EntityTypeBuilder<Termijn> builder)
    {
        builder.ToTable("termijn");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Samenwerkingsverband).AlsSwvCode();
        builder.Property(t => t.Vestiging).AlsVestigingCode();
        builder.Property(t => t.Soort).HasConversion(s => TermijnsoortCodes.Lijst.Code(s), c => TermijnsoortCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(t => t.Zaak).HasConversion(z => ZaaksoortCodes.Lijst.Code(z), c => ZaaksoortCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40);
        builder.Property(t => t.Fase).HasConversion(f => TermijnfaseCodes.Lijst.Code(f), c => TermijnfaseCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.DomainEvents);

        // The engine reads a case's open runs whenever the case changes. One run per case, kind and starting fact: two
        // deliveries that raced cannot both open it (the loser is rolled back and redelivered, and then finds it).
        builder.HasIndex(t => new { t.ZaakId, t.Soort, t.Vanaf }).IsUnique().HasDatabaseName("ix_termijn_run");
        builder.HasIndex(t => new { t.ZaakId, t.Soort }).HasFilter("fase <> 'gehaald'").HasDatabaseName("ix_termijn_open_per_zaak");

        // The daily watch looks only at open runs whose signal day or last day came: small however many cases exist.
        builder.HasIndex(t => t.SignaalOp).HasFilter("fase = 'lopend'").HasDatabaseName("ix_termijn_lopend_signaal");
        builder.HasIndex(t => t.Uiterlijk).HasFilter("fase IN ('lopend', 'nadert')").HasDatabaseName("ix_termijn_open_uiterlijk");

        // Beleidsinformatie judges a schooljaar's terms of one kind by when they began or ended: both read as an index
        // range of the tenant with every column they group on, instead of scanning the country's terms.
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Soort, t.Vanaf }).IncludeProperties(t => new { t.Vestiging, t.Uiterlijk, t.GehaaldOp })
            .HasDatabaseName("ix_termijn_soort_vanaf");
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Soort, t.Uiterlijk }).IncludeProperties(t => new { t.Vestiging, t.Vanaf, t.GehaaldOp })
            .HasDatabaseName("ix_termijn_soort_uiterlijk");
    }
}
