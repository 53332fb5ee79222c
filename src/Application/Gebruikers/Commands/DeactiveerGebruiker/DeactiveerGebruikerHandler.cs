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
        var id = new GebruikerId(command.Id);
        var gebruiker = await db.Gebruikers.SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false);
        if (gebruiker is null)
        {
            return GebruikerFouten.Onbekend;
        }

        if (gebruiker.Id.ToString() == aanroeper.Id)
        {
            return Fout.Conflict("eigen-account", "Je kunt je eigen account niet deactiveren; vraag een andere beheerder.");
        }

        gebruiker.Deactiveer();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tokens.TrekInVoorOnderwerpAsync(gebruiker.Id.ToString(), cancellationToken).ConfigureAwait(false);
        return GebruikerDto.Van(gebruiker);
    }
}
