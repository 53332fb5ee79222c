using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PassendOnderwijs.Infrastructure.Identiteit.ClientAsserties;

/// <summary>
/// A client assertion (private_key_jwt) that has been used once: its jti, kept until the assertion could no longer
/// be accepted anyway. In the database, not in memory, so every API instance behind a load balancer sees it.
/// </summary>
public sealed class GebruikteClientAssertie
{
    public const int MaximaleLengteClientId = 100;

    /// <summary>A jti is a unique identifier, not a document: anything longer is refused before it reaches the table.</summary>
    public const int MaximaleLengteJti = 200;

    public required string ClientId { get; init; }

    public required string Jti { get; init; }

    public DateTimeOffset VerlooptOp { get; init; }
}

internal sealed class GebruikteClientAssertieConfiguration : IEntityTypeConfiguration<GebruikteClientAssertie>
{
    public void Configure(EntityTypeBuilder<GebruikteClientAssertie> builder)
    {
        builder.ToTable("gebruikte_client_assertie");

        // The key is what makes a replay lose: of two identical assertions at once, one insert wins.
        builder.HasKey(a => new { a.ClientId, a.Jti });
        builder.Property(a => a.ClientId).HasMaxLength(GebruikteClientAssertie.MaximaleLengteClientId);
        builder.Property(a => a.Jti).HasMaxLength(GebruikteClientAssertie.MaximaleLengteJti);

        // The clean-up looks for expired rows only.
        builder.HasIndex(a => a.VerlooptOp);
    }
}
