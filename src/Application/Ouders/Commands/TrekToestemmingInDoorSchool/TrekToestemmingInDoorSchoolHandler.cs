using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Commands.TrekToestemmingInDoorSchool;

public sealed class TrekToestemmingInDoorSchoolHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<TrekToestemmingInDoorSchoolCommand, Result<ToestemmingDto>>
{
    public async ValueTask<Result<ToestemmingDto>> Handle(TrekToestemmingInDoorSchoolCommand command, CancellationToken cancellationToken)
    {
        // The visibility filter keeps this to pupils of the caller's own vestigingen: another school's pupil is unknown.
        if (!await db.Leerlingen.AnyAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false))
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
        return ToestemmingDto.Van(toestemming, NederlandseTijd.Vandaag(klok), voorOuder: false);
    }
}
