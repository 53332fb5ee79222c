using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Infrastructure.Persistence;

public sealed class PassendOnderwijsDbContext(DbContextOptions<PassendOnderwijsDbContext> options)
    : DbContext(options), IApplicationDbContext
{
    public DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten => Set<ExpertiseWaardelijst>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PassendOnderwijsDbContext).Assembly);
    }
}
