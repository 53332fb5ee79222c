using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Commands.RoteerAbonnementGeheim;

public sealed class RoteerAbonnementGeheimHandler(
    IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper, IWebhookGeheimen geheimen, IWebhookInstellingen instellingen, TimeProvider klok)
    : ICommandHandler<RoteerAbonnementGeheimCommand, Result<NieuwAbonnementGeheimDto>>
{
    public async ValueTask<Result<NieuwAbonnementGeheimDto>> Handle(RoteerAbonnementGeheimCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await db.ZoekAsync(register, aanroeper, command.ClientId, command.Id, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var abonnement))
        {
            return Result<NieuwAbonnementGeheimDto>.Mislukt(gevonden.Fouten);
        }

        var (geheim, beschermd) = geheimen.Nieuw();
        var tot = klok.GetUtcNow() + instellingen.VorigGeheimGeldig;
        abonnement.Roteer(beschermd, tot);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new NieuwAbonnementGeheimDto(abonnement.Id, geheim, tot);
    }
}
