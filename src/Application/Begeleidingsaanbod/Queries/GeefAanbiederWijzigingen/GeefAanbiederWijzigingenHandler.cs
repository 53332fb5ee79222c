using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Hervalidatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;

public sealed class GeefAanbiederWijzigingenHandler(
    ILeesDbContext db, TimeProvider klok, IOptions<AanbiederSyncOpties> opties, ISynctokens tokens, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefAanbiederWijzigingenQuery, Result<Hervalidatie<WijzigingenPaginaDto>>>
{
    private const string VolledigePad = "/onderwijsbegeleidingsaanbieders";

    public async ValueTask<Result<Hervalidatie<WijzigingenPaginaDto>>> Handle(GeefAanbiederWijzigingenQuery query, CancellationToken cancellationToken)
    {
        // Untrusted is a 400 whatever its age: only a token the API gave can have expired (410).
        var token = await tokens.LeesAsync<WijzigingenToken>(query.Token, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return SynctokenFouten.Token(VolledigePad);
        }

        var hoogste = await db.HoogsteAsync(cancellationToken).ConfigureAwait(false);
        if (token.Vanaf > hoogste)
        {
            return SynctokenFouten.TokenVoorbijLaatsteWijziging(VolledigePad);
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        if (token.UitgegevenOp.AddDays(opties.Value.BewaartermijnDagen) < vandaag)
        {
            return Fout.Verlopen(
                "token-verlopen",
                $"Dit token is ouder dan de bewaartermijn van {opties.Value.BewaartermijnDagen} dagen; verwijderingen van toen zijn niet meer bekend. " +
                "Synchroniseer opnieuw volledig met de lijst van aanbieders en gebruik daarna het nieuwe token.",
                "token");
        }

        var grootte = query.PageSize ?? AanbiederZoekregels.StandaardPageSize;
        var beheer = aanroeper.Registerbeheer();

        // A poll with nothing new, the common case, ends here when the client holds the page: no change query.
        var versie = AanbiederInhoudsversie.Van(hoogste, vandaag, beheer, query, [query.Token, grootte]);
        if (query.IsBekend(versie))
        {
            return new Hervalidatie<WijzigingenPaginaDto>(versie, null);
        }

        // One statement over both tables, so aanbieders and tombstones come from the same snapshot.
        var reeks = await db.Onderwijsbegeleidingsaanbieders.Where(o => o.Versie > token.Vanaf)
            .Select(o => new { o.Versie, o.Id, o.Code, Verwijderd = false })
            .Concat(db.VerwijderdeAanbieders.Where(v => v.Versie > token.Vanaf).Select(v => new { v.Versie, v.Id, v.Code, Verwijderd = true }))
            .OrderBy(w => w.Versie)
            .Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = reeks.Take(grootte).ToList();

        var gewijzigd = pagina.Where(w => !w.Verwijderd).Select(w => w.Id).ToList();
        var inSelectie = await db.Onderwijsbegeleidingsaanbieders.AsNoTracking()
            .Where(o => gewijzigd.Contains(o.Id))
            .Selecteer(token.Selectie)
            .ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
        var bestaan = (await db.Onderwijsbegeleidingsaanbieders.Where(o => gewijzigd.Contains(o.Id)).Select(o => o.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();

        var wijzigingen = new List<AanbiederWijzigingDto>(pagina.Count);
        foreach (var w in pagina)
        {
            if (w.Verwijderd)
            {
                wijzigingen.Add(new(AanbiederWijzigingDto.Verwijderd, w.Code.Waarde, w.Versie, AanbiederWijzigingDto.UitRegister, null));
            }
            else if (inSelectie.TryGetValue(w.Id, out var aanbieder))
            {
                wijzigingen.Add(new(AanbiederWijzigingDto.Gewijzigd, w.Code.Waarde, w.Versie, null, AanbiederDto.Van(aanbieder, beheer)));
            }
            else if (bestaan.Contains(w.Id))
            {
                wijzigingen.Add(new(AanbiederWijzigingDto.Verwijderd, w.Code.Waarde, w.Versie, AanbiederWijzigingDto.BuitenSelectie, null));
            }

            // Otherwise it was removed after the first statement; its tombstone follows in a later call.
        }

        var nieuw = token with { Vanaf = pagina.Count > 0 ? pagina[^1].Versie : token.Vanaf, UitgegevenOp = vandaag };
        return new Hervalidatie<WijzigingenPaginaDto>(
            versie, new WijzigingenPaginaDto(wijzigingen, await tokens.MaakAsync(nieuw, cancellationToken).ConfigureAwait(false), reeks.Count > grootte));
    }
}
