using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
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

        return await ToestemmingIntrekking.TrekInAsync(db, aanroeper, klok, command.LeerlingId, command.ToestemmingId, voorOuder: false, cancellationToken)
            .ConfigureAwait(false);
    }
}
