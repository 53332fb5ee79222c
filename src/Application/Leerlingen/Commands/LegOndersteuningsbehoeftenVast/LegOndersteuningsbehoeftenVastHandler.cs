using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegOndersteuningsbehoeftenVast;

public sealed class LegOndersteuningsbehoeftenVastHandler(IApplicationDbContext db) : ICommandHandler<LegOndersteuningsbehoeftenVastCommand, Result<LeerlingDto>>
{
    public async ValueTask<Result<LeerlingDto>> Handle(LegOndersteuningsbehoeftenVastCommand command, CancellationToken cancellationToken)
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

        leerling.LegOndersteuningsbehoeftenVast(OndersteuningsbehoeftenDto.Lees(command.Ondersteuningsbehoeften).Waarde);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LeerlingDto.Van(leerling);
    }
}
