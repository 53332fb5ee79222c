using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;

public sealed class ZoekAanbiedersHandler(IApplicationDbContext db, TimeProvider klok, ISynctokens tokens, IHuidigeGebruiker aanroeper) : IQueryHandler<ZoekAanbiedersQuery, Result<AanbiederPaginaDto>>
{
    public async ValueTask<Result<AanbiederPaginaDto>> Handle(ZoekAanbiedersQuery query, CancellationToken cancellationToken)
    {
        // The validator refused an expertise that does not read (400), so one that was given reads here.
        var expertise = query.Expertise is not null && ExpertiseCode.Parse(query.Expertise).Lukt(out var code) ? code : null;
        if (await db.ExpertiseWaardelijsten.ControleerAsync(expertise, "expertise", cancellationToken).ConfigureAwait(false) is { } onbekend)
        {
            return onbekend;
        }

        var selectie = new AanbiederSelectie(
            expertise, query.Werkgebied, (Cluster?)query.Cluster, query.Naam?.Trim(), IsoDatum.Lees(query.GeldigOp), IsoDatum.LeesTijdstip(query.GewijzigdSinds));
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
        var volgorde = AanbiederSortering.Index(query.Sorteer ?? AanbiederSortering.Naam);
        if (cursor is not null && (cursor.Volgorde != volgorde || cursor.Sleutel is null
            || (volgorde >= 2 && !ObaCode.Parse(cursor.Sleutel).IsGelukt)))
        {
            // A cursor of the same list in another order would skip or repeat rows: the client starts again.
            return SynctokenFouten.Cursor();
        }

        var aanbieders = Orden(db.Onderwijsbegeleidingsaanbieders.AsNoTracking().Selecteer(selectie), volgorde, cursor);

        // One more than asked tells whether there is a next page without counting.
        var gevonden = await aanbieders.Take(grootte + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        var laatste = gevonden.Count <= grootte;
        return new AanbiederPaginaDto(
            pagina.Select(o => AanbiederDto.Van(o, aanroeper.Registerbeheer())).ToList(),
            laatste ? null : await tokens.MaakAsync(new AanbiederCursor(pagina[^1].Id, vanaf, volgorde, Sleutel(pagina[^1], volgorde)), cancellationToken).ConfigureAwait(false),
            laatste && selectie.IsVolgbaar
                ? await tokens.MaakAsync(new WijzigingenToken(vanaf, NederlandseTijd.Vandaag(klok), selectie), cancellationToken).ConfigureAwait(false)
                : null);
    }

    private static string Sleutel(Onderwijsbegeleidingsaanbieder aanbieder, int volgorde) =>
        volgorde < 2 ? aanbieder.Naam : aanbieder.Code.Waarde;

    /// <summary>
    /// The order of the list, after the row the cursor names. The id breaks ties between equal names, so the order is
    /// total and a page never repeats or skips a row; a code is unique on its own. Names compare as PostgreSQL orders
    /// them (the column's collation), since both the ORDER BY and the comparison run there.
    /// </summary>
    private static IQueryable<Onderwijsbegeleidingsaanbieder> Orden(IQueryable<Onderwijsbegeleidingsaanbieder> aanbieders, int volgorde, AanbiederCursor? cursor)
    {
        var na = cursor?.Na ?? Guid.Empty;
        var sleutel = cursor?.Sleutel ?? string.Empty;

        // A code cursor carries a code this list wrote; the converted column compares with it through ObaCode's operators.
        var code = ObaCode.Parse(cursor?.Sleutel).Lukt(out var gelezen) ? gelezen : null;

        // string.Compare becomes the SQL comparison in the column's collation, the same one the ORDER BY uses.
#pragma warning disable CA1309
        switch (AanbiederSortering.Alle[volgorde])
        {
            case AanbiederSortering.NaamAflopend:
                if (cursor is not null)
                {
                    aanbieders = aanbieders.Where(o => string.Compare(o.Naam, sleutel) < 0 || (o.Naam == sleutel && o.Id.CompareTo(na) < 0));
                }

                return aanbieders.OrderByDescending(o => o.Naam).ThenByDescending(o => o.Id);
            case AanbiederSortering.Code:
                if (cursor is not null)
                {
                    aanbieders = aanbieders.Where(o => o.Code > code!);
                }

                return aanbieders.OrderBy(o => o.Code);
            case AanbiederSortering.CodeAflopend:
                if (cursor is not null)
                {
                    aanbieders = aanbieders.Where(o => o.Code < code!);
                }

                return aanbieders.OrderByDescending(o => o.Code);
            default:
                if (cursor is not null)
                {
                    aanbieders = aanbieders.Where(o => string.Compare(o.Naam, sleutel) > 0 || (o.Naam == sleutel && o.Id.CompareTo(na) > 0));
                }

                return aanbieders.OrderBy(o => o.Naam).ThenBy(o => o.Id);
        }
#pragma warning restore CA1309
    }
}
