using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ZoekLeerlingen;

public sealed class ZoekLeerlingenHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<ZoekLeerlingenQuery, Result<LeerlingenPaginaDto>>
{
    public async ValueTask<Result<LeerlingenPaginaDto>> Handle(ZoekLeerlingenQuery query, CancellationToken cancellationToken)
    {
        if (await tokens.OverslaanAsync<LeerlingZoekCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        // The tenant, vestigingen and need-to-know filters apply in SQL before anything of the search.
        var gefilterd = query.Filter(db.Leerlingen.AsNoTracking());
        if (!gefilterd.Lukt(out var geselecteerd))
        {
            return Result<LeerlingenPaginaDto>.Mislukt(gefilterd.Fouten);
        }

        var leerlingen = geselecteerd.Zoek(query.Naam, IsoDatum.Lees(query.Geboortedatum));

        var totaal = await leerlingen.CountAsync(cancellationToken).ConfigureAwait(false);
        var grootte = query.PageSize ?? LeerlingCursor.StandaardPageSize;
        var gevonden = await leerlingen.OpNaam().Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        return new LeerlingenPaginaDto(
            pagina.Select(LeerlingDto.Van).ToList(),
            await tokens.VolgendeAsync<LeerlingZoekCursor>(overslaan, grootte, gevonden.Count, cancellationToken).ConfigureAwait(false),
            totaal);
    }
}
