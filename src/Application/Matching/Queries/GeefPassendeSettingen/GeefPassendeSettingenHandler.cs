using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Application.Matching.Queries.GeefPassendeSettingen;

/// <summary>
/// Reads the snapshots the <see cref="Settingwijzer"/> needs, each in one query: the pupil, the schools of the
/// samenwerkingsverband (their profile levels only), the policy's statement of the arrangement kinds, and only those
/// aanbieders of the national register with a current line for one of the pupil's expertises in the pupil's area.
/// </summary>
public sealed class GeefPassendeSettingenHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefPassendeSettingenQuery, Result<PassendeSettingenDto>>
{
    public async ValueTask<Result<PassendeSettingenDto>> Handle(GeefPassendeSettingenQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // The store's filters decide whom the caller may see: a school only its own pupils (else 404, as everywhere).
        if (await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false) is not { } leerling)
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var scholen = await SchoolprofielenAsync(cancellationToken).ConfigureAwait(false);
        if (scholen.FirstOrDefault(s => s.Vestiging == leerling.Vestiging) is not { } huidige)
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var behoeften = leerling.Ondersteuningsbehoeften;
        var hulpvraag = new Hulpvraag(behoeften.Onderwijsbehoeften.Niveaus, behoeften.Expertises, leerling.Samenwerkingsverband, leerling.Postcodegebied, huidige);
        var beleid = await db.BeleidOpAsync(leerling.Samenwerkingsverband, vandaag, cancellationToken).ConfigureAwait(false);
        var aanbieders = await AanbiedersAsync(hulpvraag, vandaag, cancellationToken).ConfigureAwait(false);

        var advies = Settingwijzer.Wijs(hulpvraag, scholen, beleid.Arrangementinhoud ?? [], aanbieders, vandaag);
        if (!advies.Lukt(out var uitkomst))
        {
            return Result<PassendeSettingenDto>.Mislukt(advies.Fouten);
        }

        return new PassendeSettingenDto(
            leerling.Id,
            uitkomst.Peildatum,
            PassendeSettingDtos.Advies,
            [.. uitkomst.Kandidaten.Select((k, i) => PassendeSettingDtos.Van(k, i + 1))],
            uitkomst.Opmerkingen);
    }

    // The tenant filter keeps this to the pupil's samenwerkingsverband; only the columns the matching compares.
    private async Task<List<Schoolprofiel>> SchoolprofielenAsync(CancellationToken ct)
    {
        var rijen = await db.Scholen.AsNoTracking()
            .Select(s => new
            {
                s.Vestiging,
                s.Naam,
                s.Soort,
                s.Regio,
                s.LokaalNetwerk,
                s.Ondersteuningsprofiel.Niveaus.AandachtEnTijd,
                s.Ondersteuningsprofiel.Niveaus.Onderwijsmaterialen,
                s.Ondersteuningsprofiel.Niveaus.RuimtelijkeOmgeving,
                s.Ondersteuningsprofiel.Niveaus.Expertise,
                s.Ondersteuningsprofiel.Niveaus.SamenwerkingMetAndereInstanties,
            })
            .ToListAsync(ct).ConfigureAwait(false);
        return
        [
            .. rijen.Select(r => new Schoolprofiel(
                r.Vestiging, r.Naam, r.Soort, r.Regio, r.LokaalNetwerk,
                new IvoNiveaus(r.AandachtEnTijd, r.Onderwijsmaterialen, r.RuimtelijkeOmgeving, r.Expertise, r.SamenwerkingMetAndereInstanties))),
        ];
    }

    /// <summary>
    /// Only aanbieders in business with a line for one of the pupil's expertises that runs today in a werkgebied
    /// reaching the pupil: the register holds about 10,000, the pupil needs a handful. The matching checks the
    /// licence and every rule again on what comes back; this only keeps the read small.
    /// </summary>
    private async Task<List<Aanbiederprofiel>> AanbiedersAsync(Hulpvraag hulpvraag, DateOnly vandaag, CancellationToken ct)
    {
        if (!hulpvraag.ZoektBegeleiding)
        {
            return [];
        }

        var expertises = hulpvraag.Expertises.ToList();
        var swv = hulpvraag.Samenwerkingsverband.Waarde;
        var reikt = Aanbodwerkgebied.Reikt(hulpvraag.Postcodegebied is { } postcode ? [swv, postcode] : [swv]);
        var rijen = await db.Onderwijsbegeleidingsaanbieders.AsNoTracking()
            .Where(o => o.Inbedrijfdatum <= vandaag && (o.Uitbedrijfdatum == null || o.Uitbedrijfdatum >= vandaag))
            .Where(o => o.Aanbod.AsQueryable().Where(reikt).Any(a => expertises.Contains(a.Expertise)
                && a.Periode.Begindatum <= vandaag && (a.Periode.Einddatum == null || a.Periode.Einddatum >= vandaag)))
            .Select(o => new
            {
                o.Code,
                o.Naam,
                o.Inbedrijfdatum,
                o.Uitbedrijfdatum,
                o.Erkenning.Licenties,
                Aanbod = o.Aanbod.Where(a => expertises.Contains(a.Expertise)).Select(a => new { a.Expertise, a.Periode, a.Werkgebied, a.Capaciteit }).ToList(),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        return
        [
            .. rijen.Select(r => new Aanbiederprofiel(
                r.Code, r.Naam, r.Inbedrijfdatum, r.Uitbedrijfdatum, r.Licenties,
                [.. r.Aanbod.Select(a => new Aanbodregel(a.Expertise, a.Periode, a.Werkgebied, a.Capaciteit))])),
        ];
    }
}
