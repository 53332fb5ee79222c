using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.VernieuwBeheerderActivatiecode;

public sealed class VernieuwBeheerderActivatiecodeHandler(IApplicationDbContext db, TimeProvider klok)
    : ICommandHandler<VernieuwBeheerderActivatiecodeCommand, Result<NieuweGebruikerDto>>
{
    public async ValueTask<Result<NieuweGebruikerDto>> Handle(VernieuwBeheerderActivatiecodeCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await TenantOpslag.ActiefAsync(db, command.Code, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var swv))
        {
            return Result<NieuweGebruikerDto>.Mislukt(gevonden.Fouten);
        }

        // The platform-beheerder belongs to no tenant, so it reads across them, but only this tenant's beheerders.
        var tenant = swv.Id;
        var id = new GebruikerId(command.Id);
        var beheerder = await db.Gebruikers.IgnoreQueryFilters()
            .SingleOrDefaultAsync(g => g.Id == id && g.Samenwerkingsverband == tenant && g.Rol == Rol.SwvBeheerder, cancellationToken)
            .ConfigureAwait(false);
        return beheerder is null
            ? Fout.NietGevonden("beheerder-onbekend", $"Samenwerkingsverband {command.Code} heeft geen beheerder met dit id.")
            : await db.VernieuwCodeAsync(beheerder, klok, cancellationToken).ConfigureAwait(false);
    }
}
