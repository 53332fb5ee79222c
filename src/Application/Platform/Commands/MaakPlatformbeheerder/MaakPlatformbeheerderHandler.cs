using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.MaakPlatformbeheerder;

public sealed class MaakPlatformbeheerderHandler(IApplicationDbContext db, TimeProvider klok)
    : ICommandHandler<MaakPlatformbeheerderCommand, Result<NieuwePlatformbeheerder>>
{
    public async ValueTask<Result<NieuwePlatformbeheerder>> Handle(MaakPlatformbeheerderCommand command, CancellationToken cancellationToken)
    {
        // Only the very first: a second one this way would let anyone with shell access bypass the platform-beheerder.
        if (await db.Gebruikers.IgnoreQueryFilters().AnyAsync(g => g.Rol == Rol.PlatformBeheerder, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict(
                "platformbeheerder-bestaat",
                "Er is al een beheerder van het platform. Deze opdracht maakt alleen de eerste; meld u aan met dat account.");
        }

        var geregistreerd = Gebruiker.Registreer(command.Email, command.Naam, Rol.PlatformBeheerder, samenwerkingsverband: null, []);
        if (!geregistreerd.Lukt(out var gebruiker))
        {
            return Result<NieuwePlatformbeheerder>.Mislukt(geregistreerd.Fouten);
        }

        return (await db.OpenAsync(gebruiker, klok, cancellationToken).ConfigureAwait(false))
            .Dan(nieuw => new NieuwePlatformbeheerder(nieuw.Gebruiker.Email, nieuw.Activatiecode, nieuw.ActivatieGeldigTot));
    }
}
