using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Commands.TrekToestemmingIn;

public sealed class TrekToestemmingInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<TrekToestemmingInCommand, Result<ToestemmingDto>>
{
    public async ValueTask<Result<ToestemmingDto>> Handle(TrekToestemmingInCommand command, CancellationToken cancellationToken)
    {
        if (!await db.IsEigenKindAsync(command.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        return await ToestemmingIntrekking.TrekInAsync(db, aanroeper, klok, command.LeerlingId, command.ToestemmingId, voorOuder: true, cancellationToken)
            .ConfigureAwait(false);
    }
}
