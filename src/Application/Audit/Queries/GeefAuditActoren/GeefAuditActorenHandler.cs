using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditActoren;

public sealed class GeefAuditActorenHandler(IApplicationDbContext db, IKoppelingRegister register, IAuditActoren log, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefAuditActorenQuery, Result<AuditActorLijstDto>>
{
    public async ValueTask<Result<AuditActorLijstDto>> Handle(GeefAuditActorenQuery query, CancellationToken cancellationToken)
    {
        // The tenant filter keeps both lists to the caller's samenwerkingsverband.
        var accounts = await db.Gebruikers.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var koppelingen = (await register.LijstAsync(cancellationToken).ConfigureAwait(false))
            .Select(k => new AuditActoren.Bekend(k.ClientId, "client", k.Naam));
        var inHetLog = aanroeper.Samenwerkingsverband is { } swv
            ? await log.InHetLogAsync(swv, cancellationToken).ConfigureAwait(false)
            : [];
        return new AuditActorLijstDto(AuditActoren.Samen([.. accounts.Select(AuditActoren.Account), .. koppelingen], inHetLog));
    }
}
