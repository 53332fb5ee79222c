using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.VernieuwActivatiecode;

public sealed class VernieuwActivatiecodeHandler(IApplicationDbContext db, TimeProvider klok)
    : ICommandHandler<VernieuwActivatiecodeCommand, Result<NieuweGebruikerDto>>
{
    public async ValueTask<Result<NieuweGebruikerDto>> Handle(VernieuwActivatiecodeCommand command, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the beheerder's own samenwerkingsverband.
        var id = new GebruikerId(command.Id);
        var gebruiker = await db.Gebruikers.SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false);
        return gebruiker is null
            ? GebruikerFouten.Onbekend
            : await db.VernieuwCodeAsync(gebruiker, klok, cancellationToken).ConfigureAwait(false);
    }
}
