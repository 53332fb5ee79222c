using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Application.Termijnen.Queries.GeefTermijnen;

public sealed class GeefTermijnenHandler(IApplicationDbContext db) : IQueryHandler<GeefTermijnenQuery, Result<TermijnenDto>>
{
    public async ValueTask<Result<TermijnenDto>> Handle(GeefTermijnenQuery query, CancellationToken cancellationToken)
    {
        if (!query.Zaak.Lukt(out var verwijzing))
        {
            return Result<TermijnenDto>.Mislukt(query.Zaak.Fouten);
        }

        if (verwijzing is null)
        {
            return Fout.Ongeldig("zaak-vereist", "Noem de zaak: arrangementId, tlvId of oppId.", "arrangementId");
        }

        if (await db.LeerlingVanAsync(verwijzing, cancellationToken).ConfigureAwait(false) is not { } leerling)
        {
            var naam = ZaaksoortCodes.Lijst.Label(verwijzing.Soort);
            return Fout.NietGevonden("zaak-onbekend", $"Er is geen {naam} {verwijzing.Id} dat u mag zien.");
        }

        // The case's own filter already decided; the runs are read by the case alone (a term carries no pupil data).
        var runs = await db.Termijnen.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.ZaakId == verwijzing.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new TermijnenDto(
            [.. runs.OrderBy(t => t.Fase == Termijnfase.Gehaald).ThenBy(t => t.Uiterlijk).ThenBy(t => t.Id).Select(TermijnDto.Van)],
            verwijzing.Id,
            leerling);
    }
}
