using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;

public sealed class GeefArrangementenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefArrangementenQuery, Result<ArrangementenPaginaDto>>
{
    public async ValueTask<Result<ArrangementenPaginaDto>> Handle(GeefArrangementenQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        ArrangementCursor cursor;
        if (query.Cursor is null)
        {
            cursor = new ArrangementCursor(Guid.Empty, await db.HoogsteArrangementVersieAsync(cancellationToken).ConfigureAwait(false));
        }
        else if (await tokens.LeesAsync<ArrangementCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is { } gelezen)
        {
            if (gelezen.Vanaf > await db.HoogsteUitgegevenVersieAsync(cancellationToken).ConfigureAwait(false))
            {
                return SynctokenFouten.CursorVoorbijLaatsteWijziging();
            }

            cursor = gelezen;
        }
        else
        {
            return SynctokenFouten.Cursor();
        }

        var grootte = query.PageSize ?? ArrangementSync.StandaardPageSize;
        var rijen = await Filter(db.Arrangementen.AsNoTracking(), query, vandaag)
            .Where(a => a.Id.CompareTo(cursor.Na) > 0)
            .OrderBy(a => a.Id)
            .Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        var leerlingen = await db.LeerlingenVanAsync(pagina, cancellationToken).ConfigureAwait(false);
        var laatste = rijen.Count <= grootte;
        return new ArrangementenPaginaDto(
            pagina.Select(a => ArrangementDto.Van(a, leerlingen[a.LeerlingId], vandaag, aanroeper)).ToList(),
            laatste ? null : await tokens.MaakAsync(cursor with { Na = pagina[^1].Id }, cancellationToken).ConfigureAwait(false),
            laatste && !query.IsGefilterd ? await tokens.MaakAsync(new ArrangementToken(cursor.Vanaf), cancellationToken).ConfigureAwait(false) : null);
    }

    private static IQueryable<Arrangement> Filter(IQueryable<Arrangement> arrangementen, GeefArrangementenQuery query, DateOnly vandaag)
    {
        if (ArrangementStatusCodes.Lijst.Zoek(query.Status) is { } status)
        {
            arrangementen = arrangementen.Where(a => a.Status == status);
        }

        if (SoortArrangementCodes.Lijst.Zoek(query.Soort) is { } soort)
        {
            arrangementen = arrangementen.Where(a => a.Soort == soort);
        }

        if (query.Vestiging is not null)
        {
            var vestiging = VestigingCode.Parse(query.Vestiging).Waarde;
            arrangementen = arrangementen.Where(a => a.Vestiging == vestiging);
        }

        if (query.LeerlingId is { } leerling)
        {
            arrangementen = arrangementen.Where(a => a.LeerlingId == leerling);
        }

        if (query.PeriodeVan is { } van)
        {
            arrangementen = arrangementen.Where(a => a.Einddatum >= van);
        }

        if (query.PeriodeTot is { } tot)
        {
            arrangementen = arrangementen.Where(a => a.Ingangsdatum <= tot);
        }

        if (query.EvaluatieVerlopen is { } verlopen)
        {
            arrangementen = verlopen
                ? arrangementen.Where(a => a.Status == ArrangementStatus.Actief && a.VolgendeEvaluatieUiterlijk < vandaag)
                : arrangementen.Where(a => !(a.Status == ArrangementStatus.Actief && a.VolgendeEvaluatieUiterlijk < vandaag));
        }

        return arrangementen;
    }
}
