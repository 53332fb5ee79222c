using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The caller's werkvoorraad, the same for the screen and the export: the lifecycle table's lines, read as every
/// workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>); the pupils' names come from a query of their own.
/// </summary>
internal static class Werkvoorraad
{
    /// <summary>The lines, earliest deadline first.</summary>
    public static async Task<List<WerkvoorraadItemDto>> LeesAsync(IApplicationDbContext db, IHuidigeGebruiker aanroeper, DateOnly vandaag, CancellationToken ct)
    {
        var rijen = await ArrangementLevenscyclus.Tabel.LeesAsync(
            db.Arrangementen.AsNoTracking(),
            aanroeper.PersoonlijkeRollen(),
            vandaag,
            (Arrangement a, string omschrijving, DateOnly deadline) => new Rij(a.Id, a.LeerlingId, a.Samenwerkingsverband, a.Vestiging, a.Soort, a.Status, omschrijving, deadline),
            ct).ConfigureAwait(false);

        var namen = await db.LeerlingNamenAsync(rijen.Select(r => (r.Rij.LeerlingId, r.Rij.Samenwerkingsverband)), ct).ConfigureAwait(false);
        return rijen
            .Select(r => new WerkvoorraadItemDto(
                r.Rij.Id,
                r.Rij.LeerlingId,
                namen[r.Rij.LeerlingId].VolledigeNaam(),
                r.Rij.Vestiging.Waarde,
                SoortArrangementCodes.Lijst.Code(r.Rij.Soort),
                ArrangementStatusCodes.Lijst.Code(r.Rij.Status),
                r.Actie,
                r.Voor.Code(),
                r.Rij.Omschrijving,
                r.Rij.Deadline,
                r.Rij.Deadline < vandaag))
            .OrderBy(i => i.Deadline)
            .ThenBy(i => i.ArrangementId)
            .ThenBy(i => i.Voor, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Rij(
        Guid Id, Guid LeerlingId, SwvCode Samenwerkingsverband, VestigingCode Vestiging, SoortArrangement Soort, ArrangementStatus Status, string Omschrijving, DateOnly Deadline);
}
