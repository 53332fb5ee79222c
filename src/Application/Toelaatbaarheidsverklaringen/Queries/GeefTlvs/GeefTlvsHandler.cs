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
        var fouten = new List<Fout>();
        var status = query.Status is null ? null : TlvStatusCodes.Lijst.Lees(query.Status, "status", "status");
        var soort = query.Soort is null ? null : SoortToelaatbaarheidCodes.Lijst.Lees(query.Soort, "soort", "soort");
        var categorie = query.Categorie is null ? null : BekostigingscategorieCodes.Lijst.Lees(query.Categorie, "categorie", "categorie");
        var vestiging = query.Vestiging is null ? null : VestigingCode.Parse(query.Vestiging);
        fouten.AddRange((status?.Fouten ?? []).Concat(soort?.Fouten ?? []).Concat(categorie?.Fouten ?? []).Concat(vestiging?.Fouten ?? []));
        long overslaan = 0;
        if (query.Cursor is not null)
        {
            if (await tokens.LeesAsync<TlvCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } cursor)
            {
                fouten.AddRange(Result<TlvCursor>.Mislukt(SynctokenFouten.Cursor()).Fouten);
            }
            else
            {
                overslaan = cursor.Overslaan;
            }
        }

        if (fouten.Count > 0)
        {
            return Result<TlvLijstDto>.Mislukt(fouten);
        }

        var tlvs = db.Toelaatbaarheidsverklaringen.AsNoTracking();
        if (status is { } s)
        {
            var gekozen = s.Waarde;
            tlvs = tlvs.Where(t => t.Status == gekozen);
        }

        if (soort is { } so)
        {
            var gekozen = so.Waarde;
            tlvs = tlvs.Where(t => t.Soort == gekozen);
        }

        if (categorie is { } c)
        {
            var gekozen = c.Waarde;
            tlvs = tlvs.Where(t => t.Categorie == gekozen);
        }

        if (query.LeerlingId is { } leerling)
        {
            tlvs = tlvs.Where(t => t.LeerlingId == leerling);
        }

        if (vestiging is { } v)
        {
            var gekozen = v.Waarde;
            tlvs = tlvs.Where(t => t.Vestiging == gekozen || t.BeoogdeSchool.Vestiging == gekozen);
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
            gevonden.Count > grootte ? await tokens.MaakAsync(new TlvCursor(overslaan + grootte), cancellationToken).ConfigureAwait(false) : null);
    }
}
