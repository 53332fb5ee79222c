using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
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
/// A page of the OPP table's lines, read as every workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>), merged
/// with "OPP ontbreekt": a line per role of the running arrangementen without a plan that holds, with the concept if
/// the school started one, paged in SQL the same way. The DbContext's filters keep both to what the caller may see: the
/// school its own vestigingen, the SWV the whole samenwerkingsverband.
/// </summary>
public sealed class GeefOppWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefOppWerkvoorraadQuery, Result<OppWerkvoorraadDto>>
{
    /// <summary>A plan's line shows the plan; the pupil's name is on it.</summary>
    private static readonly Expression<Func<Ontwikkelingsperspectiefplan, string, DateOnly, Rij>> Projectie =
        (o, omschrijving, deadline) => new Rij(o.Id, null, o.LeerlingId, o.LeerlingNaam, o.Samenwerkingsverband, o.Vestiging, o.Status, omschrijving);

    public async ValueTask<Result<OppWerkvoorraadDto>> Handle(GeefOppWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var rollen = aanroeper.PersoonlijkeRollen();
        var lijnen = OppLevenscyclus.Tabel.Lijnen(db.Ontwikkelingsperspectiefplannen.AsNoTracking(), rollen, vandaag, o => o.Id, Projectie)
            .Concat(Ontbrekend(OppPlicht.Voor.Where(rollen.Contains)));
        return await tokens.LeesWerkvoorraadAsync(
            query,
            (na, aantal) => lijnen.LeesPaginaAsync(na, aantal, cancellationToken),
            async (pagina, volgende) => new OppWerkvoorraadDto(await ItemsAsync(pagina, vandaag, cancellationToken).ConfigureAwait(false), pagina.Totaal, volgende),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "OPP ontbreekt" for each of <paramref name="voor"/>: the running arrangementen without a plan that holds, by the
    /// plan's deadline (<see cref="OppPlicht.Deadline"/>), each with the concept the school started, if any.
    /// </summary>
    private List<IWerkvoorraadlijn<Rij>> Ontbrekend(IEnumerable<Rol> voor)
    {
        var plannen = db.OppStanden;
        var zonderPlan = db.Arrangementen.AsNoTracking().Where(Expressie.Vul(OppPlicht.Ontbreekt, plannen.Expression));
        Expression<Func<Arrangement, Rij>> rij = a => new Rij(
            plannen.Where(o => o.Samenwerkingsverband == a.Samenwerkingsverband && o.LeerlingId == a.LeerlingId && o.Vestiging == a.Vestiging && o.Status == OppStatus.Concept)
                .Select(o => (Guid?)o.Id).FirstOrDefault(),
            a.Id,
            a.LeerlingId,
            null,
            a.Samenwerkingsverband,
            a.Vestiging,
            null,
            null);
        return voor.Select(IWerkvoorraadlijn<Rij> (rol) => new Werkvoorraadlijn<Arrangement, Rij>(OppPlicht.Actie, rol, zonderPlan, OppPlicht.Deadline, a => a.Id, rij)).ToList();
    }

    /// <summary>The lines as the API shows them; the pupils' names of "OPP ontbreekt" come from a query of their own.</summary>
    private async Task<List<OppWerkvoorraadItemDto>> ItemsAsync(Werkvoorraadpagina<Rij> pagina, DateOnly vandaag, CancellationToken ct)
    {
        var zonderNaam = pagina.Regels.Where(r => r.Rij.Naam is null).Select(r => (r.Rij.LeerlingId, r.Rij.Samenwerkingsverband)).ToList();
        var namen = zonderNaam.Count == 0 ? null : await db.LeerlingNamenAsync(zonderNaam, ct).ConfigureAwait(false);
        return pagina.Regels.Select(r =>
        {
            var ontbreekt = r.Rij.ArrangementId is not null;
            return new OppWerkvoorraadItemDto(
                r.Rij.OppId,
                r.Rij.ArrangementId,
                new OppLeerlingDto(r.Rij.LeerlingId, r.Rij.Naam ?? namen![r.Rij.LeerlingId].VolledigeNaam()),
                r.Rij.Vestiging.Waarde,
                ontbreekt
                    ? r.Rij.OppId is null ? null : OppStatusCodes.Lijst.Code(OppStatus.Concept)
                    : OppStatusCodes.Lijst.Code(r.Rij.Status!.Value),
                r.Actie,
                r.Voor.Code(),
                r.Rij.Omschrijving ?? (r.Rij.OppId is null ? OppPlicht.OmschrijvingZonderOpp : OppPlicht.OmschrijvingMetConcept),
                r.Deadline,
                r.Deadline < vandaag);
        }).ToList();
    }

    /// <summary>
    /// A line of either kind: a plan's (its status and reason from the table), or "OPP ontbreekt" about an arrangement
    /// (its concept, if any; the name and reason are added after the query).
    /// </summary>
    private sealed record Rij(
        Guid? OppId, Guid? ArrangementId, Guid LeerlingId, string? Naam, SwvCode Samenwerkingsverband, VestigingCode Vestiging, OppStatus? Status, string? Omschrijving);
}
