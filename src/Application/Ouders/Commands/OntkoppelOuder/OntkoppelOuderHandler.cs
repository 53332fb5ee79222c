using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Commands.OntkoppelOuder;

public sealed class OntkoppelOuderHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<OntkoppelOuderCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(OntkoppelOuderCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        var link = await db.Vertegenwoordigingen
            .FirstOrDefaultAsync(v => v.LeerlingId == command.LeerlingId && v.OuderId == command.OuderId && v.BeeindigdOp == null, cancellationToken)
            .ConfigureAwait(false);
        if (link is null)
        {
            return OuderFouten.Onbekend(command.OuderId);
        }

        var beeindigd = link.Beeindig(aanroeper.AlsActor(), klok.GetUtcNow());
        if (!beeindigd.Lukt(out _))
        {
            return Result<bool>.Mislukt(beeindigd.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
