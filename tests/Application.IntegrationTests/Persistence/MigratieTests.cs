using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Application.IntegrationTests.Persistence;

public class MigratieTests : IntegratieTest
{
    /// <summary>The API refuses to start when the model has changes no migration describes; catch that here, not at start-up.</summary>
    [Test]
    public void Every_model_change_has_a_migration() =>
        Scope.GetRequiredService<PassendOnderwijsDbContext>().Database.HasPendingModelChanges().ShouldBeFalse();
}
