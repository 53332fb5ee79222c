using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingen;

/// <summary>One SQL query for the page and one for the count; the DbContext's filter keeps it to what the caller may see.</summary>
public sealed class GeefAanmeldingenHandler(IApplicationDbContext db, ISynctokens tokens, TimeProvider klok)
    : IQueryHandler<GeefAanmeldingenQuery, Result<AanmeldingLijstDto>>
{
    public async ValueTask<Result<AanmeldingLijstDto>> Handle(GeefAanmeldingenQuery query, CancellationToken cancellationToken)
    {
        if (await tokens.OverslaanAsync<AanmeldingCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var aanmeldingen = db.Aanmeldingen.AsNoTracking();
        if (query.LeerlingId is { } leerling)
        {
            aanmeldingen = aanmeldingen.Where(a => a.LeerlingId == leerling);
        }

        if (query.Vestiging is not null && VestigingCode.Parse(query.Vestiging).Lukt(out var vestiging))
        {
            aanmeldingen = aanmeldingen.Where(a => a.Vestiging == vestiging);
        }

        if (!string.IsNullOrWhiteSpace(query.Regio))
        {
            var regio = query.Regio.Trim();
            aanmeldingen = aanmeldingen.Where(a => db.Scholen.Any(s => s.Vestiging == a.Vestiging && s.Regio == regio));
        }

        if (AanmeldingStatusCodes.Lijst.Zoek(query.Status) is { } status)
        {
            aanmeldingen = aanmeldingen.Where(a => a.Status == status);
        }

        if (query.Open is { } open)
        {
            aanmeldingen = aanmeldingen.Where(a => (a.Status == AanmeldingStatus.Ontvangen || a.Status == AanmeldingStatus.Verlengd) == open);
        }

        if (query.Verlopen is { } verlopen)
        {
            aanmeldingen = aanmeldingen.Where(a =>
                (a.Status == AanmeldingStatus.Ontvangen || a.Status == AanmeldingStatus.Verlengd) && a.BesluitUiterlijk != null && a.BesluitUiterlijk < vandaag == verlopen);
        }

        var grootte = query.PageSize ?? AanmeldingCursor.StandaardPageSize;
        var totaal = await aanmeldingen.CountAsync(cancellationToken).ConfigureAwait(false);

        // Open first, the earliest (most overdue) deadline first among them; then the newest; the id keeps every page stable.
        var gevonden = await aanmeldingen
            .OrderByDescending(a => a.Status == AanmeldingStatus.Ontvangen || a.Status == AanmeldingStatus.Verlengd)
            .ThenBy(a => a.BesluitUiterlijk == null)
            .ThenBy(a => a.BesluitUiterlijk)
            .ThenByDescending(a => a.OntvangenOp)
            .ThenByDescending(a => a.Id)
            .Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .Select(a => new Rij(
                a.Id, a.LeerlingId, a.LeerlingNaam, a.Vestiging, a.SchoolNaam, a.OntvangenOp, a.OuderVerwachtExtraOndersteuning, a.Status, a.GeenZorgplicht,
                a.BesluitUiterlijk, a.Uitkomst))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AanmeldingLijstDto(
            [.. gevonden.Take(grootte).Select(r => new AanmeldingRijDto(
                r.Id,
                new AanmeldingLeerlingDto(r.LeerlingId, r.LeerlingNaam),
                r.Vestiging.Waarde,
                r.SchoolNaam,
                r.OntvangenOp,
                r.OuderVerwachtExtraOndersteuning,
                AanmeldingStatusCodes.Lijst.Code(r.Status),
                r.GeenZorgplicht is null,
                r.BesluitUiterlijk,
                r.Status.IsOpen() && r.BesluitUiterlijk < vandaag,
                r.Uitkomst is { } uitkomst ? ToelatingsuitkomstCodes.Lijst.Code(uitkomst) : null))],
            totaal,
            await tokens.VolgendeAsync<AanmeldingCursor>(overslaan, grootte, gevonden.Count, cancellationToken).ConfigureAwait(false));
    }

    private sealed record Rij(
        Guid Id, Guid LeerlingId, string LeerlingNaam, VestigingCode Vestiging, string SchoolNaam, DateOnly OntvangenOp, bool OuderVerwachtExtraOndersteuning,
        AanmeldingStatus Status, GeenZorgplicht? GeenZorgplicht, DateOnly? BesluitUiterlijk, Toelatingsuitkomst? Uitkomst);
}
