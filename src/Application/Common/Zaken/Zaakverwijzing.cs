using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Application.Common.Zaken;

/// <summary>Which case a request names: the kind and its id.</summary>
public sealed record Zaakverwijzing(Zaaksoort Soort, Guid Id)
{
    /// <summary>
    /// At most one of the three query parameters: a document belongs to at most one case, and a list filters by one.
    /// </summary>
    public static Result<Zaakverwijzing?> Lees(Guid? arrangementId, Guid? tlvId, Guid? oppId)
    {
        var genoemd = new (Zaaksoort Soort, Guid? Id)[]
            {
                (Zaaksoort.Arrangement, arrangementId),
                (Zaaksoort.Toelaatbaarheidsverklaring, tlvId),
                (Zaaksoort.Ontwikkelingsperspectiefplan, oppId),
            }
            .Where(z => z.Id is not null)
            .ToList();
        if (genoemd.Count > 1)
        {
            return Fout.Ongeldig(
                "een-zaak",
                "Noem hoogstens één zaak: arrangementId, tlvId of oppId.",
                Document.ZaakVeld(genoemd[1].Soort));
        }

        if (genoemd.Count == 1 && genoemd[0].Id == Guid.Empty)
        {
            return Fout.Ongeldig("zaak-vereist", "Noem de zaak met haar id.", Document.ZaakVeld(genoemd[0].Soort));
        }

        return genoemd.Count == 0 ? Result<Zaakverwijzing?>.Gelukt(null) : new Zaakverwijzing(genoemd[0].Soort, genoemd[0].Id!.Value);
    }
}

public static class ZaakLeerlingen
{
    /// <summary>
    /// The pupil of a case the caller can see: the case's own query filter decides (tenant, own vestigingen, need to
    /// know), so null means "no such case for you", whether it does not exist or is not the caller's to see.
    /// </summary>
    public static async Task<Guid?> LeerlingVanAsync(this IApplicationDbContext db, Zaakverwijzing zaak, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(zaak);
        return zaak.Soort switch
        {
            Zaaksoort.Arrangement => await db.Arrangementen.Where(a => a.Id == zaak.Id).Select(a => (Guid?)a.LeerlingId).FirstOrDefaultAsync(ct).ConfigureAwait(false),
            Zaaksoort.Toelaatbaarheidsverklaring => await db.Toelaatbaarheidsverklaringen.Where(t => t.Id == zaak.Id).Select(t => (Guid?)t.LeerlingId).FirstOrDefaultAsync(ct).ConfigureAwait(false),
            _ => await db.Ontwikkelingsperspectiefplannen.Where(o => o.Id == zaak.Id).Select(o => (Guid?)o.LeerlingId).FirstOrDefaultAsync(ct).ConfigureAwait(false),
        };
    }
}
