using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The caller's werkvoorraad, the same for the screen and the export. Every line of the lifecycle table that waits for
/// one of the caller's roles is one SQL query that selects only the columns a line shows (a reason that formats a
/// date does so after the query, on the date read); the pupils' names come from a query of their own.
/// </summary>
internal static class Werkvoorraad
{
    /// <summary>Evaluations and endings show up this many days before they are due.</summary>
    public const int VooruitkijkenDagen = 30;

    /// <summary>The lines, earliest deadline first.</summary>
    public static async Task<List<WerkvoorraadItemDto>> LeesAsync(IApplicationDbContext db, IHuidigeGebruiker aanroeper, DateOnly vandaag, CancellationToken ct)
    {
        var rijen = new List<(string Actie, Rol Voor, Rij Rij)>();
        foreach (var (regel, voor, filter) in ArrangementLevenscyclus.Tabel.Werkvoorraad(aanroeper.PersoonlijkeRollen(), vandaag.AddDays(VooruitkijkenDagen)))
        {
            var projectie = Expressie.Combineer(
                regel.Omschrijving,
                regel.Deadline,
                (Arrangement a, string omschrijving, DateOnly deadline) =>
                    new Rij(a.Id, a.LeerlingId, a.Samenwerkingsverband, a.Vestiging, a.Soort, a.Status, omschrijving, deadline));
            var gevonden = await db.Arrangementen.AsNoTracking().Where(filter).Select(projectie).ToListAsync(ct).ConfigureAwait(false);
            rijen.AddRange(gevonden.Select(r => (regel.Actie, voor, r)));
        }

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
