using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWerkvoorraad;

/// <summary>Every werkvoorraad line of the TLV table that waits for one of the caller's roles is one SQL query of the columns a line shows.</summary>
public sealed class GeefTlvWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefTlvWerkvoorraadQuery, Result<TlvWerkvoorraadDto>>
{
    public async ValueTask<Result<TlvWerkvoorraadDto>> Handle(GeefTlvWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var account = Guid.TryParse(aanroeper.Id, out var id) ? id : Guid.Empty;
        var items = new List<TlvWerkvoorraadItemDto>();
        var horizon = vandaag.AddDays(Werkvoorraad.VooruitkijkenDagen);
        foreach (var (regel, voor, filter) in TlvLevenscyclus.Tabel.Werkvoorraad(aanroeper.PersoonlijkeRollen(), horizon, account))
        {
            var projectie = Expressie.Combineer(
                regel.Omschrijving,
                regel.Deadline,
                (Toelaatbaarheidsverklaring t, string omschrijving, DateOnly deadline) => new Rij(
                    t.Id, t.LeerlingId, t.LeerlingNaam, t.LeerlingGeboortedatum, t.Vestiging.Waarde, t.BeoogdeSchool.Naam, t.Soort, t.Status, omschrijving, deadline));
            var gevonden = await db.Toelaatbaarheidsverklaringen.AsNoTracking().Where(filter).Select(projectie).ToListAsync(cancellationToken).ConfigureAwait(false);
            items.AddRange(gevonden.Select(r => new TlvWerkvoorraadItemDto(
                r.Id,
                new TlvLeerlingDto(r.LeerlingId, r.Naam, r.Geboortedatum),
                r.Vestiging,
                r.BeoogdeSchool,
                SoortToelaatbaarheidCodes.Lijst.Code(r.Soort),
                TlvStatusCodes.Lijst.Code(r.Status),
                regel.Actie,
                voor.Code(),
                r.Omschrijving,
                r.Deadline,
                r.Deadline < vandaag)));
        }

        return new TlvWerkvoorraadDto([.. items.OrderBy(i => i.Deadline).ThenBy(i => i.TlvId).ThenBy(i => i.Voor, StringComparer.Ordinal)]);
    }

    private sealed record Rij(
        Guid Id, Guid LeerlingId, string Naam, DateOnly Geboortedatum, string Vestiging, string BeoogdeSchool, SoortToelaatbaarheid Soort, TlvStatus Status,
        string Omschrijving, DateOnly Deadline);
}
