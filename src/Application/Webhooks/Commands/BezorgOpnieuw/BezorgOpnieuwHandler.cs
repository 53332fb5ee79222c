using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Commands.BezorgOpnieuw;

public sealed class BezorgOpnieuwHandler(IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<BezorgOpnieuwCommand, Result<AfleveringDto>>
{
    public async ValueTask<Result<AfleveringDto>> Handle(BezorgOpnieuwCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await db.ZoekAsync(register, aanroeper, command.ClientId, command.AbonnementId, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out _))
        {
            return Result<AfleveringDto>.Mislukt(gevonden.Fouten);
        }

        var aflevering = await db.Afleveringen
            .FirstOrDefaultAsync(a => a.Id == command.AfleveringId && a.AbonnementId == command.AbonnementId, cancellationToken).ConfigureAwait(false);
        if (aflevering is null)
        {
            return AbonnementFouten.AfleveringOnbekend(command.AfleveringId);
        }

        aflevering.BezorgOpnieuw(klok.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AfleveringDto.Van(aflevering);
    }
}
