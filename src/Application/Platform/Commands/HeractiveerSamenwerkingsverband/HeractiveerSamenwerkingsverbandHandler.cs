using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Commands.HeractiveerSamenwerkingsverband;

public sealed class HeractiveerSamenwerkingsverbandHandler(IApplicationDbContext db, IKoppelingRegister koppelingen)
    : ICommandHandler<HeractiveerSamenwerkingsverbandCommand, Result<TenantDto>>
{
    public async ValueTask<Result<TenantDto>> Handle(HeractiveerSamenwerkingsverbandCommand command, CancellationToken cancellationToken)
    {
        var swv = await TenantOpslag.ZoekAsync(db, command.Code, cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return TenantAudit.Onbekend(command.Code);
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, swv.Versie, "Het samenwerkingsverband") is { } versiefout)
        {
            return versiefout;
        }

        var actief = swv.Heractiveer();
        if (!actief.IsGelukt)
        {
            return Result<TenantDto>.Mislukt(actief.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var cijfers = await TenantTelling.TelAsync(db, koppelingen, swv.Id, cancellationToken).ConfigureAwait(false);
        return TenantDto.Van(swv, TenantTelling.Van(cijfers, swv));
    }
}
