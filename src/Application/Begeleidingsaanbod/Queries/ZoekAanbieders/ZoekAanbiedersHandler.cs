using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;

public sealed class ZoekAanbiedersHandler(IApplicationDbContext db, TimeProvider klok) : IQueryHandler<ZoekAanbiedersQuery, Result<AanbiederPaginaDto>>
{
    public async ValueTask<Result<AanbiederPaginaDto>> Handle(ZoekAanbiedersQuery query, CancellationToken cancellationToken)
    {
        var expertise = query.Expertise is null ? null : ExpertiseCode.Parse(query.Expertise).Waarde;
        if (await db.ExpertiseWaardelijsten.ControleerAsync(expertise, "expertise", cancellationToken).ConfigureAwait(false) is { } onbekend)
        {
            return onbekend;
        }

        var selectie = new AanbiederSelectie(
            expertise, query.Werkgebied, (Cluster?)query.Cluster, query.Naam?.Trim(), IsoDatum.Lees(query.GeldigOp), IsoDatum.LeesTijdstip(query.GewijzigdSinds));
        var cursor = AanbiederCursor.Lees(query.Cursor);
        var vanaf = cursor?.Vanaf ?? await db.HoogsteAsync(cancellationToken).ConfigureAwait(false);
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
            pagina.Select(AanbiederDto.Van).ToList(),
            laatste ? null : new AanbiederCursor(pagina[^1].Id, vanaf).Maak(),
            laatste && selectie.IsVolgbaar ? new WijzigingenToken(vanaf, NederlandseTijd.Vandaag(klok), selectie).Maak() : null);
    }
}
