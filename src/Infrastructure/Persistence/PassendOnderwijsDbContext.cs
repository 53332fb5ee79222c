using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Infrastructure.Persistence;

public sealed class PassendOnderwijsDbContext(DbContextOptions<PassendOnderwijsDbContext> options)
    : DbContext(options), IApplicationDbContext
{
    public DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten => Set<ExpertiseWaardelijst>();

    public DbSet<Gebruiker> Gebruikers => Set<Gebruiker>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PassendOnderwijsDbContext).Assembly);

        // OpenIddict names its tables in PascalCase; this schema is snake_case throughout.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_application");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorization");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scope");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_token");
    }
}
