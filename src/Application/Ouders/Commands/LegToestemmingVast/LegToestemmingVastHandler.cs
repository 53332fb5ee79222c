using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders.Commands.LegToestemmingVast;

public sealed class LegToestemmingVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<LegToestemmingVastCommand, Result<ToestemmingDto>>
{
    public async ValueTask<Result<ToestemmingDto>> Handle(LegToestemmingVastCommand command, CancellationToken cancellationToken)
    {
        // The visibility filter keeps this to pupils of the caller's own vestigingen: another school's pupil is unknown.
        var leerling = await db.Leerlingen.FirstOrDefaultAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        // Every problem at once: the signer, text and date as the domain checks them, and a recipient from the list.
        var v = command.Verzoek;
        var vandaag = NederlandseTijd.Vandaag(klok);
        var mogelijk = await Toestemmingen.MogelijkAsync(db, leerling.Id, vandaag, cancellationToken).ConfigureAwait(false);
        var ontvanger = Toestemmingen.Kies(mogelijk, v.GebruikerId, v.AanbiederCode);
        var gegeven = Toestemming.LegVastOpPapier(
            leerling, ontvanger ?? GeenOntvanger, v.Doel, v.Tot, v.OuderNaam, aanroeper.AlsActor(), klok.GetUtcNow(), vandaag);
        var fouten = gegeven.IsGelukt ? new List<Fout>() : gegeven.Fouten.Where(f => f.Veld != "ontvanger").ToList();
        if (ontvanger is null)
        {
            fouten.Add(ToestemmingFouten.OntvangerOnbekendVoorSchool);
        }

        if (fouten.Count > 0)
        {
            return Result<ToestemmingDto>.Mislukt(fouten);
        }

        var bestaande = await db.Toestemmingen.AsNoTracking()
            .Where(t => t.LeerlingId == leerling.Id && t.IngetrokkenOp == null
                && t.Ontvanger.GebruikerId == ontvanger!.GebruikerId && t.Ontvanger.AanbiederCode == ontvanger.AanbiederCode)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (bestaande.Any(t => t.IsActief(vandaag)))
        {
            return ToestemmingFouten.AlGegevenVoorSchool;
        }

        var toestemming = gegeven.Waarde;
        db.Toestemmingen.Add(toestemming);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToestemmingDto.Van(toestemming, vandaag, voorOuder: false);
    }

    /// <summary>Stands in for a recipient not on the list, so the domain still names every other problem at once.</summary>
    private static readonly Ontvanger GeenOntvanger = new(null, null, "", null);
}
