using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.WijzigFuncties;

public sealed class WijzigFunctiesHandler(IApplicationDbContext db, ITokenIntrekking tokens)
    : InvoerHandler<WijzigFunctiesCommand, IReadOnlyList<Functie>, GebruikerDto>
{
    protected override async ValueTask<Result<GebruikerDto>> Handle(WijzigFunctiesCommand command, IReadOnlyList<Functie> invoer, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the beheerder's own samenwerkingsverband.
        var id = new GebruikerId(command.Id);
        var gebruiker = await db.Gebruikers.SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false);
        if (gebruiker is null)
        {
            return GebruikerFouten.Onbekend;
        }

        var gewijzigd = gebruiker.ZetFuncties(invoer);
        if (!gewijzigd.IsGelukt)
        {
            return Result<GebruikerDto>.Mislukt(gewijzigd.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tokens.TrekInVoorOnderwerpAsync(gebruiker.Id.ToString(), cancellationToken).ConfigureAwait(false);
        return GebruikerDto.Van(gebruiker);
    }
}
