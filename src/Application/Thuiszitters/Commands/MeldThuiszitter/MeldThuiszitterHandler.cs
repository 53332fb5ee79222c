using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.MeldThuiszitter;

public sealed class MeldThuiszitterHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<MeldThuiszitterCommand, Thuiszitteraanvraag, ThuiszitterDto>
{
    protected override async ValueTask<Result<ThuiszitterDto>> Handle(MeldThuiszitterCommand command, Thuiszitteraanvraag invoer, CancellationToken cancellationToken)
    {
        // The store shows school staff only pupils of their own vestigingen: another school's pupil is unknown here.
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == invoer.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(invoer.LeerlingId);
        }

        // One open entry per child: two would count the child twice in the telling the Inspectie asks for. A child with
        // a vrijstelling is not a thuiszitter at the same time either. The unique index guards the race.
        if (await db.Thuiszitters.AnyAsync(t => t.LeerlingId == leerling.Id && t.Status == ThuiszitterStatus.Open, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict(
                "al-in-register",
                "Deze leerling staat al in het register en is nog niet terug. Werk die registratie bij, of leg eerst de terugkeer of het einde vast.");
        }

        var regio = await db.Scholen.AsNoTracking().Where(s => s.Vestiging == leerling.Vestiging).Select(s => s.Regio).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var gemeld = Thuiszitter.Meld(leerling, regio, invoer.Melding, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!gemeld.Lukt(out var thuiszitter))
        {
            return Result<ThuiszitterDto>.Mislukt(gemeld.Fouten);
        }

        db.Thuiszitters.Add(thuiszitter);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await db.AlsDtoAsync(thuiszitter, aanroeper, klok, cancellationToken).ConfigureAwait(false);
    }
}
