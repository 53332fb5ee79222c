using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Commands.TrekVorigAbonnementGeheimIn;

public sealed class TrekVorigAbonnementGeheimInHandler(IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper)
    : ICommandHandler<TrekVorigAbonnementGeheimInCommand, Result<AbonnementDto>>
{
    public async ValueTask<Result<AbonnementDto>> Handle(TrekVorigAbonnementGeheimInCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await db.ZoekAsync(register, aanroeper, command.ClientId, command.Id, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var abonnement))
        {
            return Result<AbonnementDto>.Mislukt(gevonden.Fouten);
        }

        abonnement.TrekVorigGeheimIn();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AbonnementDto.Van(abonnement);
    }
}
