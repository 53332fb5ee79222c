using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.MaakPlatformgebruiker;

public sealed class MaakPlatformgebruikerHandler(IApplicationDbContext db, TimeProvider klok)
    : InvoerHandler<MaakPlatformgebruikerCommand, NieuwePlatformgebruiker, NieuweGebruikerDto>
{
    protected override async ValueTask<Result<NieuweGebruikerDto>> Handle(
        MaakPlatformgebruikerCommand command, NieuwePlatformgebruiker invoer, CancellationToken cancellationToken)
    {
        var geregistreerd = Gebruiker.Registreer(invoer.Email, invoer.Naam, invoer.Rol, samenwerkingsverband: null, []);
        return geregistreerd.Lukt(out var gebruiker)
            ? await db.OpenAsync(gebruiker, klok, cancellationToken).ConfigureAwait(false)
            : Result<NieuweGebruikerDto>.Mislukt(geregistreerd.Fouten);
    }
}
