using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Dossiers.Commands.ImporteerDossier;

/// <summary>
/// A plan the dossier says is running becomes a concept OPP of the pupil at that school, unless the pupil has one there
/// already: the school goes on from there instead of typing the plan again. The report says what happened.
/// </summary>
internal static class OppUitDossier
{
    private const string Onderdeel = "Ontwikkelingsperspectiefplan";

    public static async Task<Verslagregel?> StartAsync(
        IApplicationDbContext db, Dossierinhoud inhoud, Leerling leerling, School school, Actor door, DateTimeOffset nu, CancellationToken ct)
    {
        if (inhoud.Gegevens.Opp is not { } opp)
        {
            return null;
        }

        if (opp.Einddatum is { } einde && einde < NederlandseDatum.Van(nu))
        {
            return new Verslagregel(Verslagsoort.Genegeerd, Onderdeel, $"Geen concept gestart: het OPP uit het dossier is geëindigd op {NederlandseDatum.Tekst(einde)}.");
        }

        // One open plan per pupil and school; SWV staff may not see the school's plan, but it still counts.
        var vestiging = school.Vestiging;
        var heeftAl = await db.Ontwikkelingsperspectiefplannen.IgnoreQueryFilters()
            .AnyAsync(o => o.Samenwerkingsverband == leerling.Samenwerkingsverband && o.LeerlingId == leerling.Id && o.Vestiging == vestiging && o.Status != OppStatus.Afgesloten, ct)
            .ConfigureAwait(false);
        if (heeftAl)
        {
            return new Verslagregel(Verslagsoort.Genegeerd, Onderdeel, "Geen concept gestart: de leerling heeft op deze school al een OPP.");
        }

        var gestart = Ontwikkelingsperspectiefplan.StartUitDossier(
            new OppLeerling(leerling.Id, leerling.Naam, vestiging, school.Soort, leerling.Samenwerkingsverband), opp.Ingangsdatum, inhoud.Dossierdatum, door, nu);
        if (!gestart.Lukt(out var plan))
        {
            return new Verslagregel(Verslagsoort.Genegeerd, Onderdeel, $"Geen concept gestart: {string.Join(" ", gestart.Fouten.Select(f => f.Melding))}");
        }

        db.Ontwikkelingsperspectiefplannen.Add(plan);
        return new Verslagregel(
            Verslagsoort.Aangemaakt,
            Onderdeel,
            $"Concept gestart op {NederlandseDatum.Tekst(opp.Ingangsdatum)}, geïmporteerd uit het OSO-dossier van {NederlandseDatum.Tekst(inhoud.Dossierdatum)}. Vul het aan en stel het vast; het plan van de school staat in het bijgevoegde document, als de school het meestuurde.");
    }
}
