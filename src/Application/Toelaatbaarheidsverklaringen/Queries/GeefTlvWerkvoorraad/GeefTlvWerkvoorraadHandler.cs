using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWerkvoorraad;

/// <summary>The TLV table's werkvoorraad lines for the caller, read as every workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>).</summary>
public sealed class GeefTlvWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefTlvWerkvoorraadQuery, Result<TlvWerkvoorraadDto>>
{
    public async ValueTask<Result<TlvWerkvoorraadDto>> Handle(GeefTlvWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var account = Guid.TryParse(aanroeper.Id, out var id) ? id : Guid.Empty;
        var rijen = await TlvLevenscyclus.Tabel.LeesAsync(
            db.Toelaatbaarheidsverklaringen.AsNoTracking(),
            aanroeper.PersoonlijkeRollen(),
            vandaag,
            (Toelaatbaarheidsverklaring t, string omschrijving, DateOnly deadline) => new Rij(
                t.Id, t.LeerlingId, t.LeerlingNaam, t.LeerlingGeboortedatum, t.Vestiging.Waarde, t.BeoogdeSchool.Naam, t.Soort, t.Status, omschrijving, deadline),
            cancellationToken,
            account).ConfigureAwait(false);
        var items = rijen.Select(r => new TlvWerkvoorraadItemDto(
            r.Rij.Id,
            new TlvLeerlingDto(r.Rij.LeerlingId, r.Rij.Naam, r.Rij.Geboortedatum),
            r.Rij.Vestiging,
            r.Rij.BeoogdeSchool,
            SoortToelaatbaarheidCodes.Lijst.Code(r.Rij.Soort),
            TlvStatusCodes.Lijst.Code(r.Rij.Status),
            r.Actie,
            r.Voor.Code(),
            r.Rij.Omschrijving,
            r.Rij.Deadline,
            r.Rij.Deadline < vandaag));

        return new TlvWerkvoorraadDto([.. items.OrderBy(i => i.Deadline).ThenBy(i => i.TlvId).ThenBy(i => i.Voor, StringComparer.Ordinal)]);
    }

    private sealed record Rij(
        Guid Id, Guid LeerlingId, string Naam, DateOnly Geboortedatum, string Vestiging, string BeoogdeSchool, SoortToelaatbaarheid Soort, TlvStatus Status,
        string Omschrijving, DateOnly Deadline);
}
