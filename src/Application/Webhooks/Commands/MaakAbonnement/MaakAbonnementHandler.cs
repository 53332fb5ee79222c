using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Application.Webhooks.Commands.MaakAbonnement;

public sealed class MaakAbonnementHandler(
    IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper, IWebhookAdrescontrole adressen, IWebhookGeheimen geheimen, TimeProvider klok)
    : ICommandHandler<MaakAbonnementCommand, Result<NieuwAbonnementDto>>
{
    public async ValueTask<Result<NieuwAbonnementDto>> Handle(MaakAbonnementCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await register.KoppelingAsync(aanroeper, command.ClientId, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var koppeling))
        {
            return Result<NieuwAbonnementDto>.Mislukt(gevonden.Fouten);
        }

        var fouten = await AbonnementZoeker.ControleerAsync(adressen, command.Url, command.Soorten, cancellationToken).ConfigureAwait(false);
        if (fouten.Count > 0)
        {
            return Result<NieuwAbonnementDto>.Mislukt(fouten);
        }

        var nu = klok.GetUtcNow();
        var (geheim, beschermd) = geheimen.Nieuw();
        var abonnement = Abonnement.Maak(
            Guid.CreateVersion7(nu), SwvCode.Parse(koppeling.Samenwerkingsverband).Waarde, koppeling.ClientId, command.Url!, command.Soorten!, beschermd, nu);
        db.Abonnementen.Add(abonnement);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new NieuwAbonnementDto(AbonnementDto.Van(abonnement), geheim);
    }
}
