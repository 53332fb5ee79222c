using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegOndersteuningsbehoeftenVast;

public sealed class LegOndersteuningsbehoeftenVastHandler(IApplicationDbContext db)
    : InvoerHandler<LegOndersteuningsbehoeftenVastCommand, Ondersteuningsbehoeften, LeerlingDto>
{
    protected override async ValueTask<Result<LeerlingDto>> Handle(
        LegOndersteuningsbehoeftenVastCommand command, Ondersteuningsbehoeften behoeften, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.FirstOrDefaultAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, leerling.Versie, "Deze leerling") is { } versiefout)
        {
            return versiefout;
        }

        if (await db.ExpertiseWaardelijsten.ControleerAsync(behoeften.Expertises, OndersteuningsbehoeftenDto.ExpertisesVeld, cancellationToken).ConfigureAwait(false)
            is { Count: > 0 } onbekend)
        {
            return Result<LeerlingDto>.Mislukt(onbekend);
        }

        leerling.LegOndersteuningsbehoeftenVast(behoeften);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LeerlingDto.Van(leerling);
    }
}
