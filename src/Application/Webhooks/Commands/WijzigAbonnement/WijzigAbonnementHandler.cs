using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Commands.WijzigAbonnement;

public sealed class WijzigAbonnementHandler(IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper, IWebhookAdrescontrole adressen)
    : ICommandHandler<WijzigAbonnementCommand, Result<AbonnementDto>>
{
    public async ValueTask<Result<AbonnementDto>> Handle(WijzigAbonnementCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await db.ZoekAsync(register, aanroeper, command.ClientId, command.Id, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var abonnement))
        {
            return Result<AbonnementDto>.Mislukt(gevonden.Fouten);
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, abonnement.Versie, "dit abonnement") is { } versiefout)
        {
            return versiefout;
        }

        var fouten = await AbonnementZoeker.ControleerAsync(adressen, command.Url, command.Soorten, cancellationToken).ConfigureAwait(false);
        if (fouten.Count > 0)
        {
            return Result<AbonnementDto>.Mislukt(fouten);
        }

        abonnement.Wijzig(command.Url!, command.Soorten!, command.Gepauzeerd);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AbonnementDto.Van(abonnement);
    }
}
