using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>
/// One scope's context from the pool, with the scope's caller and clock, given back exactly once when the scope ends.
/// The scope creates this before the context it hands out, so it disposes it after every registration that returned
/// the context (whose own Dispose does nothing during the loan).
/// </summary>
internal sealed class ContextLening : IAsyncDisposable, IDisposable
{
    public ContextLening(IDbContextFactory<PassendOnderwijsDbContext> pool, IHuidigeGebruiker? aanroeper = null, TimeProvider? klok = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        Context = pool.CreateDbContext().VoorAanroeper(aanroeper, klok ?? TimeProvider.System);
        Context.LeenUit();
    }

    public PassendOnderwijsDbContext Context { get; }

    public ValueTask DisposeAsync() => Context.GeefTerugAsync();

    public void Dispose() => Context.GeefTerug();
}
