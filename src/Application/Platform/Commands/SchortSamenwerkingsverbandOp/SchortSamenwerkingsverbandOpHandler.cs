using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Platform.Commands.SchortSamenwerkingsverbandOp;

public sealed class SchortSamenwerkingsverbandOpHandler(IApplicationDbContext db, IKoppelingRegister koppelingen, ITokenIntrekking tokens)
    : ICommandHandler<SchortSamenwerkingsverbandOpCommand, Result<TenantDto>>
{
    public async ValueTask<Result<TenantDto>> Handle(SchortSamenwerkingsverbandOpCommand command, CancellationToken cancellationToken)
    {
        var opgeschort = await TenantOpslag.WijzigAsync(db, command.Code, command.VerwachteVersie, s => s.SchortOp(), cancellationToken).ConfigureAwait(false);
        if (!opgeschort.Lukt(out var swv))
        {
            return Result<TenantDto>.Mislukt(opgeschort.Fouten);
        }

        // Every token entry is checked on each request, so revoking them stops the tenant's tokens at once. Sign-in,
        // the token endpoint and activation read the status, so no new ones come after this.
        var tenant = swv.Id;
        var accounts = await db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == tenant)
            .Select(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var alle = await koppelingen.AlleKoppelingenPerSamenwerkingsverbandAsync(cancellationToken).ConfigureAwait(false);
        var clients = alle.TryGetValue(tenant.Waarde, out var ids) ? ids : [];
        foreach (var onderwerp in accounts.Select(a => a.ToString()).Concat(clients))
        {
            await tokens.TrekInVoorOnderwerpAsync(onderwerp, cancellationToken).ConfigureAwait(false);
        }

        var cijfers = await TenantTelling.TelAsync(db, koppelingen, tenant, cancellationToken).ConfigureAwait(false);
        return TenantDto.Van(swv, TenantTelling.Van(cijfers, swv));
    }
}
