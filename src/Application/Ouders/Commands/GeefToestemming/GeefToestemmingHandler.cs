using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders.Commands.GeefToestemming;

public sealed class GeefToestemmingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<GeefToestemmingCommand, Result<ToestemmingDto>>
{
    public async ValueTask<Result<ToestemmingDto>> Handle(GeefToestemmingCommand command, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.FirstOrDefaultAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null || !Guid.TryParse(aanroeper.Id, out var ouderId))
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        // Every problem at once: the text and date as the domain checks them, and a recipient from the list.
        var v = command.Verzoek;
        var vandaag = NederlandseTijd.Vandaag(klok);
        var mogelijk = await Toestemmingen.MogelijkAsync(db, leerling.Id, vandaag, cancellationToken).ConfigureAwait(false);
        var ontvanger = Toestemmingen.Kies(mogelijk, v.GebruikerId, v.AanbiederCode);
        var fouten = Toestemming.Controleer(v.Doel, v.Tot, vandaag).ToList();
        if (ontvanger is null)
        {
            fouten.Add(ToestemmingFouten.OntvangerOnbekend);
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
            return ToestemmingFouten.AlGegeven;
        }

        var gegeven = Toestemming.Geef(
            leerling, ontvanger!, v.Doel, v.Tot, ouderId, aanroeper.Naam ?? "Ouder", aanroeper.AlsActor(), klok.GetUtcNow(), vandaag);
        if (!gegeven.Lukt(out var toestemming))
        {
            return Result<ToestemmingDto>.Mislukt(gegeven.Fouten);
        }

        db.Toestemmingen.Add(toestemming);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToestemmingDto.Van(toestemming, vandaag, voorOuder: true);
    }
}
