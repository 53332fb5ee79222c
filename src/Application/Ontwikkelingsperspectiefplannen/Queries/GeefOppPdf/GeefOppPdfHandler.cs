using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppPdf;

public sealed class GeefOppPdfHandler(IApplicationDbContext db, IPdfOpmaak opmaak) : IQueryHandler<GeefOppPdfQuery, Result<OppBestand>>
{
    public async ValueTask<Result<OppBestand>> Handle(GeefOppPdfQuery query, CancellationToken cancellationToken)
    {
        var opp = await db.Ontwikkelingsperspectiefplannen.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.OppId, cancellationToken).ConfigureAwait(false);
        if (opp is null)
        {
            return OppFouten.Onbekend(query.OppId);
        }

        if (opp.Versies.FirstOrDefault(v => v.Nummer == query.Versie) is not { } versie)
        {
            return Fout.NietGevonden("opp-versie-onbekend", $"Dit OPP heeft geen versie {query.Versie}; het heeft de versies 1 tot en met {opp.Versies[^1].Nummer}.");
        }

        var schoolNaam = await db.Scholen.AsNoTracking().Where(s => s.Vestiging == opp.Vestiging).Select(s => s.Naam)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var inhoud = new OppDocumentInhoud(
            opp.Id,
            opp.LeerlingNaam,
            schoolNaam ?? opp.Vestiging.Waarde,
            opp.Vestiging,
            opp.SoortSchool,
            opp.Aanleiding,
            opp.Startdatum,
            versie,
            await ArrangementenAsync(versie, cancellationToken).ConfigureAwait(false),
            EerdereInstemming(opp, versie));
        var naam = Bestandsnamen.Pdf("opp", opp.LeerlingNaam, string.Create(CultureInfo.InvariantCulture, $"v{versie.Nummer}"));
        return new OppBestand(opp.Id, opp.LeerlingId, naam, opmaak.MaakPdf(inhoud), opp.Versie);
    }

    /// <summary>The arrangementen the ondersteuning links to, by kind and period; one the caller may not see keeps no name.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> ArrangementenAsync(OppVersie versie, CancellationToken ct)
    {
        var ids = versie.Inhoud.Handelingsdeel.Ondersteuning.Select(o => o.ArrangementId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var arrangementen = await db.Arrangementen.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Soort, a.Ingangsdatum, a.Einddatum })
            .ToListAsync(ct).ConfigureAwait(false);
        return arrangementen.ToDictionary(
            a => a.Id,
            a => $"{SoortArrangementCodes.Lijst.Label(a.Soort)}, van {NederlandseDatum.Tekst(a.Ingangsdatum)} tot en met {NederlandseDatum.Tekst(a.Einddatum)}");
    }

    /// <summary>
    /// The instemming that holds for this version's handelingsdeel without its own answer: as the vaststelling decides
    /// it, given on the version before, whose handelingsdeel reads the same and held (back along versions that did not change it).
    /// </summary>
    private static EerdereInstemming? EerdereInstemming(Ontwikkelingsperspectiefplan opp, OppVersie versie)
    {
        if (versie.HeeftInstemming || (versie.Status != Versiestatus.Concept && !versie.HandelingsdeelVastgesteld))
        {
            return null;
        }

        foreach (var eerder in opp.Versies.Where(v => v.Nummer < versie.Nummer).OrderByDescending(v => v.Nummer))
        {
            if (eerder.Vingerafdruk != versie.Vingerafdruk || !eerder.HandelingsdeelVastgesteld)
            {
                return null;
            }

            if (eerder.HeeftInstemming)
            {
                return new EerdereInstemming(eerder.Nummer, eerder.Instemming!);
            }
        }

        return null;
    }
}
