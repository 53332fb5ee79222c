using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegPostcodegebiedVast;

public sealed class LegPostcodegebiedVastHandler(IApplicationDbContext db) : InvoerHandler<LegPostcodegebiedVastCommand, string?, LeerlingDto>
{
    protected override async ValueTask<Result<LeerlingDto>> Handle(LegPostcodegebiedVastCommand command, string? postcodegebied, CancellationToken cancellationToken)
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

        leerling.LegPostcodegebiedVast(postcodegebied);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LeerlingDto.Van(leerling);
    }
}
