using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefMijnAanvragen;

/// <summary>
/// The caller's own requests in progress, as one SQL query that selects only the columns a row shows; the DbContext's
/// filters keep it to the caller's samenwerkingsverband and vestigingen. The pupils' names come from a query of their own.
/// </summary>
public sealed class GeefMijnAanvragenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens)
    : IQueryHandler<GeefMijnAanvragenQuery, Result<MijnAanvragenDto>>
{
    private static readonly ArrangementStatus[] Lopend = [ArrangementStatus.Aangevraagd, ArrangementStatus.InBehandeling];

    public async ValueTask<Result<MijnAanvragenDto>> Handle(GeefMijnAanvragenQuery query, CancellationToken cancellationToken)
    {
        if (await tokens.OverslaanAsync<MijnAanvragenCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        var ik = aanroeper.Id;
        var mijn = db.Arrangementen.AsNoTracking().Where(a => a.AangevraagdDoor == ik && Lopend.Contains(a.Status));

        // The id breaks ties, so the order and with it every page is stable.
        var geordend = (query.Sorteer ?? MijnAanvragenSortering.Behandeldeadline) switch
        {
            MijnAanvragenSortering.BehandeldeadlineAflopend => mijn.OrderByDescending(a => a.Behandeldeadline).ThenByDescending(a => a.Id),
            MijnAanvragenSortering.AangevraagdOp => mijn.OrderBy(a => a.AangevraagdOp).ThenBy(a => a.Id),
            MijnAanvragenSortering.AangevraagdOpAflopend => mijn.OrderByDescending(a => a.AangevraagdOp).ThenByDescending(a => a.Id),
            _ => mijn.OrderBy(a => a.Behandeldeadline).ThenBy(a => a.Id),
        };

        var grootte = query.PageSize ?? MijnAanvragenCursor.StandaardPageSize;
        var totaal = await mijn.CountAsync(cancellationToken).ConfigureAwait(false);
        var gevonden = await geordend.Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .Select(a => new Rij(
                a.Id, a.LeerlingId, a.Samenwerkingsverband, a.Vestiging, a.Soort, a.Status, a.OpenVraag != null,
                a.AangevraagdOp, a.Behandeldeadline, a.Ingangsdatum, a.Einddatum))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        var namen = await db.LeerlingNamenAsync(pagina.Select(r => (r.LeerlingId, r.Samenwerkingsverband)), cancellationToken).ConfigureAwait(false);
        return new MijnAanvragenDto(
            pagina.Select(r => new MijnAanvraagDto(
                r.Id,
                namen[r.LeerlingId],
                r.Vestiging.Waarde,
                SoortArrangementCodes.Lijst.Code(r.Soort),
                ArrangementStatusCodes.Lijst.Code(r.Status),
                r.VraagStaatOpen,
                r.AangevraagdOp,
                r.Behandeldeadline,
                r.Ingangsdatum,
                r.Einddatum)).ToList(),
            totaal,
            await tokens.VolgendeAsync<MijnAanvragenCursor>(overslaan, grootte, gevonden.Count, cancellationToken).ConfigureAwait(false));
    }

    private sealed record Rij(
        Guid Id, Guid LeerlingId, SwvCode Samenwerkingsverband, VestigingCode Vestiging, SoortArrangement Soort, ArrangementStatus Status,
        bool VraagStaatOpen, DateTimeOffset AangevraagdOp, DateOnly Behandeldeadline, DateOnly Ingangsdatum, DateOnly Einddatum);
}
