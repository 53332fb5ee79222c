using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

internal sealed class ExpertiseWaardelijstConfiguration : IEntityTypeConfiguration<ExpertiseWaardelijst>
{
    public void Configure(EntityTypeBuilder<ExpertiseWaardelijst> builder)
    {
        builder.ToTable("expertise_waardelijst");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasConversion(id => id.Waarde, waarde => new ExpertiseWaardelijstId(waarde));

        // Stored as the begin year: it sorts and compares like the schooljaar itself.
        builder.Property(w => w.GeldigVanaf)
            .HasConversion(s => s.Beginjaar, beginjaar => Schooljaar.Van(beginjaar))
            .HasColumnName("geldig_vanaf_beginjaar");
        builder.HasIndex(w => w.GeldigVanaf).IsUnique();

        builder.Property(w => w.Bron).HasMaxLength(ExpertiseWaardelijst.MaximaleLengteBron).IsRequired();
        builder.Property(w => w.GepubliceerdOp).IsRequired();
        builder.Ignore(w => w.DomainEvents);

        builder.OwnsMany(w => w.Expertises, expertise =>
        {
            expertise.ToTable("expertise");
            expertise.WithOwner().HasForeignKey("waardelijst_id");
            expertise.Property(e => e.Code)
                .HasConversion(c => c.Waarde, waarde => ExpertiseCode.Parse(waarde, "code").Waarde)
                .HasMaxLength(ExpertiseCode.MaximaleLengte)
                .HasColumnName("code");
            expertise.HasKey("waardelijst_id", nameof(Expertise.Code));
            expertise.Property(e => e.Omschrijving).HasMaxLength(Expertise.MaximaleLengteOmschrijving).IsRequired();
        });
        builder.Navigation(w => w.Expertises).AutoInclude();
    }
}
