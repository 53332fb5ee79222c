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

        var aanbieders = db.Onderwijsbegeleidingsaanbieders.AsNoTracking().Selecteer(selectie);
        if (cursor is not null)
        {
            aanbieders = aanbieders.Where(o => o.Id.CompareTo(cursor.Na) > 0);
        }

        // One more than asked tells whether there is a next page without counting.
        var gevonden = await aanbieders.OrderBy(o => o.Id).Take(grootte + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        var laatste = gevonden.Count <= grootte;
        return new AanbiederPaginaDto(
            pagina.Select(o => AanbiederDto.Van(o, aanroeper.Registerbeheer())).ToList(),
            laatste ? null : await tokens.MaakAsync(new AanbiederCursor(pagina[^1].Id, vanaf), cancellationToken).ConfigureAwait(false),
            laatste && selectie.IsVolgbaar
                ? await tokens.MaakAsync(new WijzigingenToken(vanaf, NederlandseTijd.Vandaag(klok), selectie), cancellationToken).ConfigureAwait(false)
                : null);
    }
}
