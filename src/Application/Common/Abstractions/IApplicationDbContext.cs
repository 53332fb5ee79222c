using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>The persistence the use cases see: the aggregates as queryable sets, saved as one unit.</summary>
public interface IApplicationDbContext
{
    DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten { get; }

    DbSet<Gebruiker> Gebruikers { get; }

    DbSet<AuditRegel> AuditRegels { get; }

    DbSet<Onderwijsbegeleidingsaanbieder> Onderwijsbegeleidingsaanbieders { get; }

    DbSet<VerwijderdeAanbieder> VerwijderdeAanbieders { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
