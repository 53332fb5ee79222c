using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;

public sealed class GeefMijnKinderenHandler(IApplicationDbContext db) : IQueryHandler<GeefMijnKinderenQuery, Result<KinderenDto>>
{
    public async ValueTask<Result<KinderenDto>> Handle(GeefMijnKinderenQuery query, CancellationToken cancellationToken)
    {
        // The visibility filter gives an ouder exactly the pupils linked to their account now; nothing else to select.
        var kinderen = await (
                from leerling in db.Leerlingen.AsNoTracking()
                join school in db.Scholen.AsNoTracking() on leerling.Vestiging equals school.Vestiging into scholen
                from school in scholen.DefaultIfEmpty()
                orderby leerling.Geboortedatum, leerling.Voornaam, leerling.Id
                select new KindDto(
                    leerling.Id, leerling.Voornaam, leerling.Achternaam, leerling.Geboortedatum, school != null ? school.Naam : leerling.Vestiging.Waarde, leerling.Groep))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new KinderenDto(kinderen);
    }
}
