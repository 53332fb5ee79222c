using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StartOpp;

public sealed class StartOppHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<StartOppCommand, StartOppInvoer, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(StartOppCommand command, StartOppInvoer invoer, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == invoer.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(invoer.LeerlingId);
        }

        // The store's unique index guards the race between two starts; this gives the usual answer.
        var bestaand = await db.Ontwikkelingsperspectiefplannen.AsNoTracking()
            .Where(o => o.LeerlingId == leerling.Id && o.Vestiging == leerling.Vestiging && o.Status != OppStatus.Afgesloten)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (bestaand is { } id)
        {
            return OppFouten.BestaatAl(id);
        }

        var school = await db.Scholen.AsNoTracking().FirstAsync(s => s.Vestiging == leerling.Vestiging, cancellationToken).ConfigureAwait(false);
        var gestart = Ontwikkelingsperspectiefplan.Start(
            new OppLeerling(leerling.Id, leerling.Naam, leerling.Vestiging, school.Soort, leerling.Samenwerkingsverband),
            invoer.Aanleiding, invoer.Startdatum, OppInhoud.Leeg, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!gestart.Lukt(out var opp))
        {
            return Result<OppDto>.Mislukt(gestart.Fouten);
        }

        db.Ontwikkelingsperspectiefplannen.Add(opp);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return OppDto.Van(opp, aanroeper);
    }
}
