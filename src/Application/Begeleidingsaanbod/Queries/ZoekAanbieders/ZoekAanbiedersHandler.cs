using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Hervalidatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;

public sealed class ZoekAanbiedersHandler(ILeesDbContext db, TimeProvider klok, ISynctokens tokens, IHuidigeGebruiker aanroeper) : IQueryHandler<ZoekAanbiedersQuery, Result<Hervalidatie<AanbiederPaginaDto>>>
{
    public async ValueTask<Result<Hervalidatie<AanbiederPaginaDto>>> Handle(ZoekAanbiedersQuery query, CancellationToken cancellationToken)
    {
        var gevraagd = await query.SelectieAsync(db, cancellationToken).ConfigureAwait(false);
        if (!gevraagd.Lukt(out var selectie))
        {
            return Result<Hervalidatie<AanbiederPaginaDto>>.Mislukt(gevraagd.Fouten);
        }

        var hoogste = await db.HoogsteAsync(cancellationToken).ConfigureAwait(false);
        AanbiederCursor? cursor = null;
        if (query.Cursor is not null)
        {
            cursor = await tokens.LeesAsync<AanbiederCursor>(query.Cursor, cancellationToken).ConfigureAwait(false);
            if (cursor is null)
            {
                return SynctokenFouten.Cursor();
            }

            if (cursor.Vanaf > hoogste)
            {
                return SynctokenFouten.CursorVoorbijLaatsteWijziging();
            }
        }

        var vanaf = cursor?.Vanaf ?? hoogste;
        var grootte = query.PageSize ?? AanbiederZoekregels.StandaardPageSize;
        var volgorde = query.Volgorde();
        if (cursor is not null && (cursor.Volgorde != volgorde || cursor.Sleutel is null
            || (volgorde >= 2 && !ObaCode.Parse(cursor.Sleutel).IsGelukt)))
        {
            // A cursor of the same list in another order would skip or repeat rows: the client starts again.
            return SynctokenFouten.Cursor();
        }

        // Everything that fixes this page is known now; a client that holds it gets "unchanged" without the list query.
        var beheer = aanroeper.Registerbeheer();
        var vandaag = NederlandseTijd.Vandaag(klok);
        var versie = AanbiederInhoudsversie.Van(
            hoogste, vandaag, beheer, query, [.. selectie.Delen(), volgorde, grootte, cursor?.Na, cursor?.Vanaf, cursor?.Sleutel]);
        if (query.IsBekend(versie))
        {
            return new Hervalidatie<AanbiederPaginaDto>(versie, null);
        }

        var aanbieders = db.Onderwijsbegeleidingsaanbieders.AsNoTracking().Selecteer(selectie);
        if (cursor is not null)
        {
            aanbieders = aanbieders.Na(volgorde, cursor);
        }

        // One more than asked tells whether there is a next page without counting.
        var gevonden = await aanbieders.Orden(volgorde).Take(grootte + 1)
            .LeesLijstrijenAsync(db.Onderwijsbegeleidingsaanbieders.AsNoTracking(), cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        var laatste = gevonden.Count <= grootte;
        return new Hervalidatie<AanbiederPaginaDto>(versie, new AanbiederPaginaDto(
            pagina.Select(o => AanbiederDto.Van(o, beheer)).ToList(),
            laatste ? null : await tokens.MaakAsync(new AanbiederCursor(pagina[^1].Id, vanaf, volgorde, pagina[^1].Sleutel(volgorde)), cancellationToken).ConfigureAwait(false),
            laatste && selectie.IsVolgbaar
                ? await tokens.MaakAsync(new WijzigingenToken(vanaf, vandaag, selectie), cancellationToken).ConfigureAwait(false)
                : null));
    }
}
