using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
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

        var toestemming = await db.Toestemmingen
            .FirstOrDefaultAsync(t => t.Id == command.ToestemmingId && t.LeerlingId == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (toestemming is null)
        {
            return ToestemmingFouten.Onbekend(command.ToestemmingId);
        }

        var ingetrokken = toestemming.TrekIn(aanroeper.AlsActor(), klok.GetUtcNow());
        if (!ingetrokken.IsGelukt)
        {
            return Result<ToestemmingDto>.Mislukt(ingetrokken.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToestemmingDto.Van(toestemming, NederlandseTijd.Vandaag(klok), voorOuder: true);
    }
}
