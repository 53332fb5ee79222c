using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWerkvoorraad;

/// <summary>A page of the TLV table's werkvoorraad lines for the caller, read as every workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>).</summary>
public sealed class GeefTlvWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefTlvWerkvoorraadQuery, Result<TlvWerkvoorraadDto>>
{
    /// <summary>The columns a line shows (the pupil's name is on the TLV), with its reason and deadline.</summary>
    private static readonly Expression<Func<Toelaatbaarheidsverklaring, string, DateOnly, Rij>> Projectie =
        (t, omschrijving, deadline) => new Rij(
            t.LeerlingId, t.LeerlingNaam, t.LeerlingGeboortedatum, t.Vestiging.Waarde, t.BeoogdeSchool.Naam, t.Soort, t.Status, omschrijving);

    public async ValueTask<Result<TlvWerkvoorraadDto>> Handle(GeefTlvWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var account = Guid.TryParse(aanroeper.Id, out var id) ? id : Guid.Empty;
        return await tokens.LeesWerkvoorraadAsync(
            query,
            (na, aantal) => TlvLevenscyclus.Tabel.LeesPaginaAsync(
                db.Toelaatbaarheidsverklaringen.AsNoTracking(), aanroeper.PersoonlijkeRollen(), vandaag, t => t.Id, Projectie, na, aantal, cancellationToken, account),
            (pagina, volgende) => Task.FromResult(new TlvWerkvoorraadDto([.. pagina.Regels.Select(r => Item(r, vandaag))], pagina.Totaal, volgende)),
            cancellationToken).ConfigureAwait(false);
    }

    private static TlvWerkvoorraadItemDto Item(WerkvoorraadRij<Rij> r, DateOnly vandaag) => new(
        r.Id,
        new TlvLeerlingDto(r.Rij.LeerlingId, r.Rij.Naam, r.Rij.Geboortedatum),
        r.Rij.Vestiging,
        r.Rij.BeoogdeSchool,
        SoortToelaatbaarheidCodes.Lijst.Code(r.Rij.Soort),
        TlvStatusCodes.Lijst.Code(r.Rij.Status),
        r.Actie,
        r.Voor.Code(),
        r.Rij.Omschrijving,
        r.Deadline,
        r.Deadline < vandaag);

    private sealed record Rij(
        Guid LeerlingId, string Naam, DateOnly Geboortedatum, string Vestiging, string BeoogdeSchool, SoortToelaatbaarheid Soort, TlvStatus Status, string Omschrijving);
}
