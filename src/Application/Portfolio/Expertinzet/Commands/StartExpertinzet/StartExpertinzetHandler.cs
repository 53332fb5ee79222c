using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.StartExpertinzet;

public sealed class StartExpertinzetHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<StartExpertinzetCommand, Inzetaanvraag, ExpertinzetDto>
{
    protected override async ValueTask<Result<ExpertinzetDto>> Handle(StartExpertinzetCommand command, Inzetaanvraag invoer, CancellationToken cancellationToken)
    {
        // The store shows school staff only pupils of their own vestigingen: another school's pupil is unknown here.
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == invoer.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(invoer.LeerlingId);
        }

        var fouten = new List<Fout>();
        if (invoer.OppId is { } oppId
            && !await db.Ontwikkelingsperspectiefplannen.AnyAsync(o => o.Id == oppId && o.LeerlingId == leerling.Id, cancellationToken).ConfigureAwait(false))
        {
            fouten.Add(Fout.RegelGeschonden("opp-onbekend", "Dit OPP hoort niet bij deze leerling.", "oppId"));
        }

        if (invoer.ArrangementId is { } arrangementId
            && !await db.Arrangementen.AnyAsync(
                a => a.Id == arrangementId && a.LeerlingId == leerling.Id && a.Soort == SoortArrangement.InzetExpert, cancellationToken).ConfigureAwait(false))
        {
            fouten.Add(Fout.RegelGeschonden("arrangement-onbekend", "Kies een arrangement 'inzet van een expert' van deze leerling.", "arrangementId"));
        }

        if (fouten.Count > 0)
        {
            return Result<ExpertinzetDto>.Mislukt(fouten);
        }

        var inzet = Domain.Portfolio.Expertinzet.Expertinzet.Start(
            leerling, invoer.CasusId, invoer.Expertisegebied, invoer.Casus, invoer.OppId, invoer.ArrangementId, aanroeper.AlsActor(), klok.GetUtcNow());
        if (await db.KoppelAsync(invoer.CasusId, inzet.Id, invoer.Expertisegebied, leerling.Vestiging, aanroeper.AlsActor(), klok.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false) is { } casusfout)
        {
            return casusfout;
        }

        db.Expertinzetten.Add(inzet);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ExpertinzetDto.Van(inzet, leerling, aanroeper);
    }
}
