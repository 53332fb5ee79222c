using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Persistence;

public sealed class PassendOnderwijsDbContext : DbContext, IApplicationDbContext
{
    // Matches no samenwerkingsverband: a caller without one sees no tenant data at all.
    private static readonly SwvCode Niemand = SwvCode.Parse("PO0000").Waarde;

    private readonly IHuidigeGebruiker? _aanroeper;
    private readonly TimeProvider _klok;

    public PassendOnderwijsDbContext(DbContextOptions<PassendOnderwijsDbContext> options, IHuidigeGebruiker? aanroeper = null, TimeProvider? klok = null)
        : base(options)
    {
        _aanroeper = aanroeper;
        _klok = klok ?? TimeProvider.System;
    }

    /// <summary>
    /// The tenant of this unit of work: the caller's samenwerkingsverband. Every query on tenant data is filtered by
    /// it here, in one place; the few system paths that must look across tenants (sign-in, start-up) say so with
    /// IgnoreQueryFilters().
    /// </summary>
    private string TenantCode => Tenant.Waarde;

    private SwvCode Tenant =>
        _aanroeper?.Samenwerkingsverband is { } code && SwvCode.Parse(code) is { IsGelukt: true } swv ? swv.Waarde : Niemand;

    public DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten => Set<ExpertiseWaardelijst>();

    public DbSet<Gebruiker> Gebruikers => Set<Gebruiker>();

    public DbSet<AuditRegel> AuditRegels => Set<AuditRegel>();

    public DbSet<Onderwijsbegeleidingsaanbieder> Onderwijsbegeleidingsaanbieders => Set<Onderwijsbegeleidingsaanbieder>();

    public DbSet<VerwijderdeAanbieder> VerwijderdeAanbieders => Set<VerwijderdeAanbieder>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AanbiederWijzigingen.Stempel(ChangeTracker, _klok.GetUtcNow());
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PassendOnderwijsDbContext).Assembly);

        modelBuilder.Entity<Gebruiker>().HasQueryFilter(g => g.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<AuditRegel>().HasQueryFilter(a => a.Samenwerkingsverband == TenantCode);

        // OpenIddict names its tables in PascalCase; this schema is snake_case throughout.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_application");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorization");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scope");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_token");
    }
}
