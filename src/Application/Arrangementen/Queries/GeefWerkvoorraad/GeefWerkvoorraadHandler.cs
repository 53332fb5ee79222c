using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

/// <summary>
/// Every werkvoorraad line of the lifecycle table that waits for one of the caller's roles is one SQL query that
/// selects only the columns a line shows (a reason that formats a date does so after the query, on the date read);
/// the pupils' names come from a query of their own.
/// </summary>
public sealed class GeefWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefWerkvoorraadQuery, Result<WerkvoorraadDto>>
{
    /// <summary>Evaluations and endings show up this many days before they are due.</summary>
    public const int VooruitkijkenDagen = 30;

    public async ValueTask<Result<WerkvoorraadDto>> Handle(GeefWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var rijen = new List<(string Actie, Rol Voor, Rij Rij)>();
        foreach (var (regel, voor, filter) in ArrangementLevenscyclus.Tabel.Werkvoorraad(aanroeper.PersoonlijkeRollen(), vandaag.AddDays(VooruitkijkenDagen)))
        {
            var projectie = Expressie.Combineer(
                regel.Omschrijving,
                regel.Deadline,
                (Arrangement a, string omschrijving, DateOnly deadline) =>
                    new Rij(a.Id, a.LeerlingId, a.Samenwerkingsverband, a.Vestiging, a.Soort, a.Status, omschrijving, deadline));
            var gevonden = await db.Arrangementen.AsNoTracking().Where(filter).Select(projectie).ToListAsync(cancellationToken).ConfigureAwait(false);
            rijen.AddRange(gevonden.Select(r => (regel.Actie, voor, r)));
        }

        var namen = await db.LeerlingNamenAsync(rijen.Select(r => (r.Rij.LeerlingId, r.Rij.Samenwerkingsverband)), cancellationToken).ConfigureAwait(false);
        var items = rijen
            .Select(r => new WerkvoorraadItemDto(
                r.Rij.Id,
                r.Rij.LeerlingId,
                namen[r.Rij.LeerlingId].VolledigeNaam(),
                r.Rij.Vestiging.Waarde,
                SoortArrangementCodes.Lijst.Code(r.Rij.Soort),
                ArrangementStatusCodes.Lijst.Code(r.Rij.Status),
                r.Actie,
                r.Voor.Code(),
                r.Rij.Omschrijving,
                r.Rij.Deadline,
                r.Rij.Deadline < vandaag))
            .OrderBy(i => i.Deadline)
            .ThenBy(i => i.ArrangementId)
            .ThenBy(i => i.Voor, StringComparer.Ordinal)
            .ToList();
        return new WerkvoorraadDto(items);
    }

    private sealed record Rij(
        Guid Id, Guid LeerlingId, SwvCode Samenwerkingsverband, VestigingCode Vestiging, SoortArrangement Soort, ArrangementStatus Status, string Omschrijving, DateOnly Deadline);
}
