using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

public sealed class GeefWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefWerkvoorraadQuery, Result<WerkvoorraadDto>>
{
    /// <summary>Evaluations and endings show up this many days before they are due.</summary>
    public const int VooruitkijkenDagen = 30;

    private static readonly ArrangementStatus[] Open =
        [ArrangementStatus.Aangevraagd, ArrangementStatus.InBehandeling, ArrangementStatus.Toegekend, ArrangementStatus.Actief];

    public async ValueTask<Result<WerkvoorraadDto>> Handle(GeefWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var arrangementen = await db.Arrangementen.AsNoTracking()
            .Where(a => Open.Contains(a.Status))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var leerlingen = await db.LeerlingenVanAsync(arrangementen, cancellationToken).ConfigureAwait(false);
        var rol = RolCodes.VanCode(aanroeper.Rollen.Count > 0 ? aanroeper.Rollen[0] : null);
        var items = arrangementen
            .SelectMany(a => Werkvoorraad.Acties(a, rol, vandaag, VooruitkijkenDagen)
                .Select(actie => new WerkvoorraadItemDto(
                    a.Id,
                    leerlingen[a.LeerlingId].Naam,
                    a.Vestiging.Waarde,
                    SoortArrangementCodes.Lijst.Code(a.Soort),
                    ArrangementStatusCodes.Lijst.Code(a.Status),
                    actie.Code,
                    actie.Omschrijving,
                    actie.Deadline,
                    actie.Deadline < vandaag)))
            .OrderBy(i => i.Deadline)
            .ThenBy(i => i.ArrangementId)
            .ToList();
        return new WerkvoorraadDto(items);
    }
}
