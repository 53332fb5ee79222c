using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWerkvoorraad;

/// <summary>
/// The OPP table's lines, read as every workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>), and one SQL query
/// for the running arrangementen without a plan that holds, with the concept if the school started one. The DbContext's
/// filters keep both to what the caller may see: the school its own vestigingen, the SWV the whole samenwerkingsverband.
/// </summary>
public sealed class GeefOppWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefOppWerkvoorraadQuery, Result<OppWerkvoorraadDto>>
{
    public async ValueTask<Result<OppWerkvoorraadDto>> Handle(GeefOppWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var rollen = aanroeper.PersoonlijkeRollen();
        var rijen = await OppLevenscyclus.Tabel.LeesAsync(
            db.Ontwikkelingsperspectiefplannen.AsNoTracking(),
            rollen,
            vandaag,
            (Ontwikkelingsperspectiefplan o, string omschrijving, DateOnly deadline) =>
                new Rij(o.Id, o.LeerlingId, o.LeerlingNaam, o.Vestiging.Waarde, o.Status, omschrijving, deadline),
            cancellationToken).ConfigureAwait(false);
        var items = rijen.Select(r => new OppWerkvoorraadItemDto(
            r.Rij.Id,
            null,
            new OppLeerlingDto(r.Rij.LeerlingId, r.Rij.Naam),
            r.Rij.Vestiging,
            OppStatusCodes.Lijst.Code(r.Rij.Status),
            r.Actie,
            r.Voor.Code(),
            r.Rij.Omschrijving,
            r.Rij.Deadline,
            r.Rij.Deadline < vandaag)).ToList();

        var voor = OppPlicht.Voor.Where(rollen.Contains).ToList();
        if (voor.Count > 0)
        {
            items.AddRange(await OntbrekendAsync(voor, vandaag, cancellationToken).ConfigureAwait(false));
        }

        return new OppWerkvoorraadDto([.. items
            .OrderBy(i => i.Deadline)
            .ThenBy(i => i.Leerling.Id)
            .ThenBy(i => i.Actie, StringComparer.Ordinal)
            .ThenBy(i => i.Voor, StringComparer.Ordinal)]);
    }

    /// <summary>"OPP ontbreekt": one line per running arrangement without a plan that holds, for each of <paramref name="voor"/>.</summary>
    private async Task<IEnumerable<OppWerkvoorraadItemDto>> OntbrekendAsync(List<Rol> voor, DateOnly vandaag, CancellationToken ct)
    {
        var plannen = db.Ontwikkelingsperspectiefplannen;
        var gevonden = await db.Arrangementen.AsNoTracking()
            .Where(Expressie.Vul(OppPlicht.Ontbreekt, plannen.AsNoTracking().Expression))
            .Select(a => new Ontbrekend(
                a.Id,
                a.LeerlingId,
                a.Samenwerkingsverband,
                a.Vestiging,
                a.Startdatum,
                a.Ingangsdatum,
                plannen.Where(o => o.LeerlingId == a.LeerlingId && o.Vestiging == a.Vestiging && o.Status == OppStatus.Concept).Select(o => (Guid?)o.Id).FirstOrDefault()))
            .ToListAsync(ct).ConfigureAwait(false);
        var namen = await db.LeerlingNamenAsync(gevonden.Select(a => (a.LeerlingId, a.Samenwerkingsverband)), ct).ConfigureAwait(false);
        return gevonden.SelectMany(a => voor.Select(rol =>
        {
            var deadline = OppPlicht.Deadline(a.Startdatum, a.Ingangsdatum);
            return new OppWerkvoorraadItemDto(
                a.Concept,
                a.Id,
                new OppLeerlingDto(a.LeerlingId, namen[a.LeerlingId].VolledigeNaam()),
                a.Vestiging.Waarde,
                a.Concept is null ? null : OppStatusCodes.Lijst.Code(OppStatus.Concept),
                OppPlicht.Actie,
                rol.Code(),
                a.Concept is null ? OppPlicht.OmschrijvingZonderOpp : OppPlicht.OmschrijvingMetConcept,
                deadline,
                deadline < vandaag);
        }));
    }

    private sealed record Rij(Guid Id, Guid LeerlingId, string Naam, string Vestiging, OppStatus Status, string Omschrijving, DateOnly Deadline);

    private sealed record Ontbrekend(
        Guid Id, Guid LeerlingId, SwvCode Samenwerkingsverband, VestigingCode Vestiging, DateOnly? Startdatum, DateOnly Ingangsdatum, Guid? Concept);
}
