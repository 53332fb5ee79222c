using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;

/// <summary>
/// One SQL query for the page and one for the count; the DbContext's filter keeps it to what the caller may see. A row
/// reads the plan's columns and its versions (the only place that says which version holds), not its evaluations or
/// history.
/// </summary>
public sealed class GeefOppsHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefOppsQuery, Result<OppLijstDto>>
{
    public async ValueTask<Result<OppLijstDto>> Handle(GeefOppsQuery query, CancellationToken cancellationToken)
    {
        if (await tokens.OverslaanAsync<OppCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        // The validator read every filter; here they are only looked up.
        var plannen = db.Ontwikkelingsperspectiefplannen.AsNoTracking();
        if (query.LeerlingId is { } leerling)
        {
            plannen = plannen.Where(o => o.LeerlingId == leerling);
        }

        if (OppStatusCodes.Lijst.Zoek(query.Status) is { } status)
        {
            plannen = plannen.Where(o => o.Status == status);
        }

        if (query.Vestiging is not null && VestigingCode.Parse(query.Vestiging).Lukt(out var vestiging))
        {
            plannen = plannen.Where(o => o.Vestiging == vestiging);
        }

        var grootte = query.PageSize ?? OppCursor.StandaardPageSize;
        var totaal = await plannen.CountAsync(cancellationToken).ConfigureAwait(false);

        // The newest plan first; the id breaks ties, so the order and with it every page is stable.
        var gevonden = await plannen.OrderByDescending(o => o.Startdatum).ThenByDescending(o => o.Id)
            .Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .Select(o => new Rij(
                o.Id, o.LeerlingId, o.LeerlingNaam, o.Vestiging, o.SoortSchool, o.Aanleiding, o.Status, o.Versies, o.Startdatum, o.VaststellenUiterlijk,
                o.EersteVaststelling, o.EvaluatieUiterlijk, o.WachtOpInstemming, o.Einddatum))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new OppLijstDto(
            [.. gevonden.Take(grootte).Select(r => new OppRijDto(
                r.Id,
                new OppLeerlingDto(r.LeerlingId, r.LeerlingNaam),
                r.Vestiging.Waarde,
                SoortSchoolCodes.Lijst.Code(r.SoortSchool),
                AanleidingCodes.Lijst.Code(r.Aanleiding),
                OppStatusCodes.Lijst.Code(r.Status),
                OppVersies.Geldend(r.Versies)?.Nummer,
                OppVersies.Concept(r.Versies)?.Nummer,
                r.Startdatum,
                r.VaststellenUiterlijk,
                r.EersteVaststelling,
                r.EvaluatieUiterlijk,
                r.WachtOpInstemming,
                r.Einddatum))],
            totaal,
            await tokens.VolgendeAsync<OppCursor>(overslaan, grootte, gevonden.Count, cancellationToken).ConfigureAwait(false));
    }

    private sealed record Rij(
        Guid Id, Guid LeerlingId, string LeerlingNaam, VestigingCode Vestiging, SoortSchool SoortSchool, Aanleiding Aanleiding, OppStatus Status,
        IReadOnlyList<OppVersie> Versies, DateOnly Startdatum, DateOnly VaststellenUiterlijk, DateOnly? EersteVaststelling, DateOnly? EvaluatieUiterlijk,
        bool WachtOpInstemming, DateOnly? Einddatum);
}
