using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>The persistence the use cases see: the aggregates as queryable sets, saved as one unit.</summary>
public interface IApplicationDbContext
{
    DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
