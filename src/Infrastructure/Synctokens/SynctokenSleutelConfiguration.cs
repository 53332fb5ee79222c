using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PassendOnderwijs.Infrastructure.Synctokens;

internal sealed class SynctokenSleutelConfiguration : IEntityTypeConfiguration<SynctokenSleutel>
{
    public void Configure(EntityTypeBuilder<SynctokenSleutel> builder)
    {
        builder.ToTable("synctokensleutel", t => t.HasCheckConstraint("ck_synctokensleutel_materiaal", $"length(materiaal) = {SynctokenSleutel.Lengte}"));
        builder.HasKey(s => s.Id);

        // Chosen by the instance that makes the key (the highest + 1), so two instances racing agree on one winner.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Materiaal).IsRequired();
    }
}
