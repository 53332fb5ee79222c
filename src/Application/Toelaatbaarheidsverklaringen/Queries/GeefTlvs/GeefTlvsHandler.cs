using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;

/// <summary>One SQL query for the page (only the columns a row shows) and one for the count; the DbContext's filters keep it to what the caller may see.</summary>
public sealed class GeefTlvsHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefTlvsQuery, Result<TlvLijstDto>>
{
    private static readonly TlvStatus[] InWerking = [TlvStatus.Bekendgemaakt, TlvStatus.InBezwaar];

    public async ValueTask<Result<TlvLijstDto>> Handle(GeefTlvsQuery query, CancellationToken cancellationToken)
    {
        if (await tokens.OverslaanAsync<TlvCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        // The validator read every filter; here they are only looked up.
        var tlvs = db.Toelaatbaarheidsverklaringen.AsNoTracking();
        if (TlvStatusCodes.Lijst.Zoek(query.Status) is { } status)
        {
            tlvs = tlvs.Where(t => t.Status == status);
        }

        if (SoortToelaatbaarheidCodes.Lijst.Zoek(query.Soort) is { } soort)
        {
            tlvs = tlvs.Where(t => t.Soort == soort);
        }

        if (BekostigingscategorieCodes.Lijst.Zoek(query.Categorie) is { } categorie)
        {
            tlvs = tlvs.Where(t => t.Categorie == categorie);
        }

        if (query.LeerlingId is { } leerling)
        {
            tlvs = tlvs.Where(t => t.LeerlingId == leerling);
        }

        if (query.Vestiging is not null && VestigingCode.Parse(query.Vestiging).Lukt(out var vestiging))
        {
            tlvs = tlvs.Where(t => t.Vestiging == vestiging || t.BeoogdeSchool.Vestiging == vestiging);
        }

        if (query.VerlooptVoor is { } datum)
        {
            tlvs = tlvs.Where(t => t.Toelaatbaar == true && InWerking.Contains(t.Status) && t.Einddatum <= datum);
        }

        // The id breaks ties, so the order and with it every page is stable.
        var geordend = (query.Sorteer ?? TlvSortering.AangevraagdOpAflopend) switch
        {
            TlvSortering.AangevraagdOp => tlvs.OrderBy(t => t.AangevraagdOp).ThenBy(t => t.Id),
            TlvSortering.Einddatum => tlvs.OrderBy(t => t.Einddatum).ThenBy(t => t.Id),
            TlvSortering.EinddatumAflopend => tlvs.OrderByDescending(t => t.Einddatum).ThenByDescending(t => t.Id),
            TlvSortering.Behandeldeadline => tlvs.OrderBy(t => t.Behandeldeadline).ThenBy(t => t.Id),
            TlvSortering.BehandeldeadlineAflopend => tlvs.OrderByDescending(t => t.Behandeldeadline).ThenByDescending(t => t.Id),
            _ => tlvs.OrderByDescending(t => t.AangevraagdOp).ThenByDescending(t => t.Id),
        };

        var grootte = query.PageSize ?? TlvCursor.StandaardPageSize;
        var totaal = await tlvs.CountAsync(cancellationToken).ConfigureAwait(false);
        var gevonden = await geordend.Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .Select(t => new TlvRijDto(
                t.Id,
                new TlvLeerlingDto(t.LeerlingId, t.LeerlingNaam, t.LeerlingGeboortedatum),
                t.Vestiging.Waarde,
                t.BeoogdeSchool.Naam,
                TlvStatusCodes.Lijst.Code(t.Status),
                SoortToelaatbaarheidCodes.Lijst.Code(t.Soort),
                BekostigingscategorieCodes.Lijst.Code(t.Categorie),
                t.Toelaatbaar,
                t.Beschikkingsnummer,
                t.AangevraagdOp,
                t.Behandeldeadline,
                t.Ingangsdatum,
                t.Einddatum,
                t.IngeschrevenOp))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new TlvLijstDto(
            gevonden.Take(grootte).ToList(),
            totaal,
            await tokens.VolgendeAsync<TlvCursor>(overslaan, grootte, gevonden.Count, cancellationToken).ConfigureAwait(false));
    }
}
