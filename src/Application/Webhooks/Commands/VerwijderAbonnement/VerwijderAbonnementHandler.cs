using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Commands.VerwijderAbonnement;

public sealed class VerwijderAbonnementHandler(IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper)
    : ICommandHandler<VerwijderAbonnementCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(VerwijderAbonnementCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await db.ZoekAsync(register, aanroeper, command.ClientId, command.Id, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var abonnement))
        {
            return Result<bool>.Mislukt(gevonden.Fouten);
        }

        db.Abonnementen.Remove(abonnement);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
