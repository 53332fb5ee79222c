using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundigeAccounts;

public sealed class GeefDeskundigeAccountsHandler(IApplicationDbContext db) : IQueryHandler<GeefDeskundigeAccountsQuery, Result<DeskundigeAccountsDto>>
{
    public async ValueTask<Result<DeskundigeAccountsDto>> Handle(GeefDeskundigeAccountsQuery query, CancellationToken cancellationToken)
    {
        // The tenant filters keep both reads inside the caller's own samenwerkingsverband.
        var accounts = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Rol == Rol.Deskundige && g.Actief)
            .OrderBy(g => g.Naam)
            .Select(g => new { g.Id, g.Naam })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var gekoppeld = await db.Deskundigen.AsNoTracking().Where(d => d.AccountId != null)
            .ToDictionaryAsync(d => d.AccountId!.Value, d => d.Id, cancellationToken).ConfigureAwait(false);
        return new DeskundigeAccountsDto(accounts
            .Select(a => new DeskundigeAccountDto(a.Id.Waarde, a.Naam, gekoppeld.TryGetValue(a.Id.Waarde, out var deskundige) ? deskundige : null))
            .ToList());
    }
}
