using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Commands.KoppelLasSleutel;

public sealed class KoppelLasSleutelHandler(IApplicationDbContext db) : InvoerHandler<KoppelLasSleutelCommand, string?, LeerlingDto>
{
    protected override async ValueTask<Result<LeerlingDto>> Handle(KoppelLasSleutelCommand command, string? sleutel, CancellationToken cancellationToken)
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

        // The key is unique per vestiging: the LAS's own numbering. Another pupil with it is a mistake in the matching
        // that the LAS must see, not a silent move of the key (a race past this check is the store's 409).
        var vestiging = leerling.Vestiging;
        if (sleutel is not null && await db.Leerlingen
                .AnyAsync(l => l.Vestiging == vestiging && l.LasSleutel == sleutel && l.Id != leerling.Id, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict(
                "las-sleutel-in-gebruik", $"Een andere leerling van vestiging {vestiging} heeft al leerlingsleutel {sleutel}; een sleutel hoort bij één leerling.");
        }

        leerling.KoppelLasSleutel(sleutel);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LeerlingDto.Van(leerling);
    }
}
