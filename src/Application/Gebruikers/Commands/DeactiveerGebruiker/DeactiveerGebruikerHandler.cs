using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.DeactiveerGebruiker;

public sealed class DeactiveerGebruikerHandler(IApplicationDbContext db, ITokenIntrekking tokens, IHuidigeGebruiker aanroeper)
    : ICommandHandler<DeactiveerGebruikerCommand, Result<GebruikerDto>>
{
    public async ValueTask<Result<GebruikerDto>> Handle(DeactiveerGebruikerCommand command, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the beheerder's own samenwerkingsverband.
        var id = new GebruikerId(command.Id);
        var gebruiker = await db.Gebruikers.SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false);
        return gebruiker is null
            ? GebruikerFouten.Onbekend
            : await db.DeactiveerAsync(gebruiker, aanroeper, tokens, cancellationToken).ConfigureAwait(false);
    }
}
