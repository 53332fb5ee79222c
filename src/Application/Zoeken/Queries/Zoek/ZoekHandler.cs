using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Zoeken.Queries.Zoek;

public sealed class ZoekHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : IQueryHandler<ZoekQuery, Result<ZoekresultatenDto>>
{
    /// <summary>The roles that read pupils and arrangementen; the same as the lists of those (a beheerder reads neither).</summary>
    private static readonly Rol[] LeestLeerlingen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert];

    public async ValueTask<Result<ZoekresultatenDto>> Handle(ZoekQuery query, CancellationToken cancellationToken)
    {
        var term = Zoekterm.Lees(query.Zoekterm);
        var metLeerlingen = aanroeper.PersoonlijkeRollen().Any(LeestLeerlingen.Contains);
        return new ZoekresultatenDto(
            metLeerlingen ? await LeerlingenAsync(term, cancellationToken).ConfigureAwait(false) : null,
            metLeerlingen ? await ArrangementenAsync(term, cancellationToken).ConfigureAwait(false) : null,
            await AanbiedersAsync(term, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Through the pupils' own filters (tenant, vestigingen, need to know), as the pupil search reads them.</summary>
    private async Task<GevondenLeerlingenDto> LeerlingenAsync(Zoekterm term, CancellationToken ct)
    {
        var leerlingen = db.Leerlingen.AsNoTracking().Zoek(term.Tekst, term.Datum);
        var totaal = await leerlingen.CountAsync(ct).ConfigureAwait(false);
        var eerste = await leerlingen.OpNaam().Take(ZoekresultatenDto.PerSoort)
            .Select(l => new { l.Id, l.Voornaam, l.Achternaam, l.Geboortedatum, l.Vestiging })
            .ToListAsync(ct).ConfigureAwait(false);
        return new GevondenLeerlingenDto(
            totaal,
            eerste.Select(l => new GevondenLeerlingDto(l.Id, l.Voornaam, l.Achternaam, l.Geboortedatum, l.Vestiging.Waarde, $"/leerlingen/{l.Id}")).ToList());
    }

    /// <summary>
    /// By a part of the beschikkingsnummer, through the arrangementen's own filters; the pupil's name is read as the
    /// arrangementen overview reads it (<see cref="ArrangementLeerlingen"/>). A date alone names no arrangement.
    /// </summary>
    private async Task<GevondenArrangementenDto> ArrangementenAsync(Zoekterm term, CancellationToken ct)
    {
        if (!term.HeeftTekst)
        {
            return new GevondenArrangementenDto(0, []);
        }

        var gezocht = term.Tekst.ToLowerInvariant();

        // Runs in PostgreSQL as lower(...) with strpos; .NET's culture rules never apply here.
#pragma warning disable CA1304, CA1311, CA1862
        var arrangementen = db.Arrangementen.AsNoTracking().Where(a => a.Beschikkingsnummer != null && a.Beschikkingsnummer.ToLower().Contains(gezocht));
#pragma warning restore CA1304, CA1311, CA1862
        var totaal = await arrangementen.CountAsync(ct).ConfigureAwait(false);
        var eerste = await arrangementen.OrderBy(a => a.Beschikkingsnummer).ThenBy(a => a.Id).Take(ZoekresultatenDto.PerSoort)
            .Select(a => new { a.Id, a.Beschikkingsnummer, a.LeerlingId, a.Samenwerkingsverband, a.Soort, a.Status, a.Vestiging })
            .ToListAsync(ct).ConfigureAwait(false);
        var namen = await db.LeerlingNamenAsync(eerste.Select(a => (a.LeerlingId, a.Samenwerkingsverband)), ct).ConfigureAwait(false);
        return new GevondenArrangementenDto(
            totaal,
            eerste.Select(a => new GevondenArrangementDto(
                a.Id,
                a.Beschikkingsnummer!,
                namen[a.LeerlingId],
                SoortArrangementCodes.Lijst.Code(a.Soort),
                ArrangementStatusCodes.Lijst.Code(a.Status),
                a.Vestiging.Waarde,
                $"/arrangementen/{a.Id}")).ToList());
    }

    /// <summary>The public register: by a part of the name (as its own list searches) or by the exact code.</summary>
    private async Task<GevondenAanbiedersDto> AanbiedersAsync(Zoekterm term, CancellationToken ct)
    {
        if (!term.HeeftTekst)
        {
            return new GevondenAanbiedersDto(0, []);
        }

        var aanbieders = db.Onderwijsbegeleidingsaanbieders.AsNoTracking();
        aanbieders = ObaCode.Parse(term.Tekst.ToUpperInvariant()).Lukt(out var code)
            ? aanbieders.Where(o => o.Code == code)
            : aanbieders.Selecteer(new AanbiederSelectie(Naam: term.Tekst));
        var totaal = await aanbieders.CountAsync(ct).ConfigureAwait(false);
        var eerste = await aanbieders.OrderBy(o => o.Naam).ThenBy(o => o.Id).Take(ZoekresultatenDto.PerSoort)
            .Select(o => new { o.Code, o.Naam })
            .ToListAsync(ct).ConfigureAwait(false);
        return new GevondenAanbiedersDto(
            totaal,
            eerste.Select(o => new GevondenAanbiederDto(o.Code.Waarde, o.Naam, $"/onderwijsbegeleidingsaanbieders/{o.Code.Waarde}")).ToList());
    }
}
