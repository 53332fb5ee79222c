using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.MaakEersteBeheerder;

public sealed class MaakEersteBeheerderHandler(IApplicationDbContext db, TimeProvider klok)
    : InvoerHandler<MaakEersteBeheerderCommand, NieuweBeheerder, NieuweGebruikerDto>
{
    protected override async ValueTask<Result<NieuweGebruikerDto>> Handle(
        MaakEersteBeheerderCommand command, NieuweBeheerder invoer, CancellationToken cancellationToken)
    {
        // The platform-beheerder belongs to no tenant, so it names the one it works on (read across all tenants).
        var gevonden = await TenantOpslag.ActiefAsync(db, command.Code, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var swv))
        {
            return Result<NieuweGebruikerDto>.Mislukt(gevonden.Fouten);
        }

        var tenant = swv.Id;
        var beheerders = await db.Gebruikers.IgnoreQueryFilters()
            .Where(g => g.Samenwerkingsverband == tenant && g.Rol == Rol.SwvBeheerder && g.Actief && (g.WachtwoordHash != null || g.ExterneIdentiteit!.Onderwerp != null))
            .AnyAsync(cancellationToken).ConfigureAwait(false);
        if (beheerders)
        {
            return Fout.Conflict(
                "heeft-beheerder",
                "Dit samenwerkingsverband heeft al een actieve beheerder. Die maakt de andere accounts aan.");
        }

        var geregistreerd = Gebruiker.Registreer(invoer.Email, invoer.Naam, Rol.SwvBeheerder, tenant.Waarde, []);
        if (!geregistreerd.Lukt(out var gebruiker))
        {
            return Result<NieuweGebruikerDto>.Mislukt(geregistreerd.Fouten);
        }

        return await db.OpenAsync(gebruiker, klok, cancellationToken).ConfigureAwait(false);
    }
}
