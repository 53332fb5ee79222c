using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Application.IntegrationTests;

/// <summary>Base for tests that run use cases: an empty database and a fresh DI scope per test.</summary>
public abstract class IntegratieTest
{
    private AsyncServiceScope _scope;

    protected IServiceProvider Scope => _scope.ServiceProvider;

    protected ISender Sender => Scope.GetRequiredService<ISender>();

    [SetUp]
    public async Task MaakLeegAsync()
    {
        await TestOmgeving.Database.LeegAsync();
        _scope = TestOmgeving.Services.CreateAsyncScope();
    }

    [TearDown]
    public async Task SluitScopeAsync() => await _scope.DisposeAsync();

    /// <summary>A separate context, so assertions read what is committed, not what one context has cached.</summary>
    protected static async Task<T> LeesAsync<T>(Func<PassendOnderwijsDbContext, Task<T>> lees)
    {
        await using var scope = TestOmgeving.Services.CreateAsyncScope();
        return await lees(scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>());
    }
}
