using System.Linq.Expressions;
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
    /// <summary>The columns a line shows, with its reason and deadline.</summary>
    private static readonly Expression<Func<Arrangement, string, DateOnly, Rij>> Projectie =
        (a, omschrijving, deadline) => new Rij(a.Id, a.LeerlingId, a.Samenwerkingsverband, a.Vestiging, a.Soort, a.Status, omschrijving, deadline);

    /// <summary>Every line, earliest deadline first (the export).</summary>
    public static async Task<List<WerkvoorraadItemDto>> LeesAsync(IApplicationDbContext db, IHuidigeGebruiker aanroeper, DateOnly vandaag, CancellationToken ct)
    {
        var rijen = await ArrangementLevenscyclus.Tabel.LeesAsync(db.Arrangementen.AsNoTracking(), aanroeper.PersoonlijkeRollen(), vandaag, Projectie, ct)
            .ConfigureAwait(false);
        var regels = await RegelsAsync(db, rijen.Select(r => (r.Actie, r.Voor, r.Rij)).ToList(), vandaag, ct).ConfigureAwait(false);
        return regels
            .OrderBy(i => i.Deadline)
            .ThenBy(i => i.ArrangementId)
            .ThenBy(i => i.Voor, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One page of the lines in the same order, after <paramref name="na"/>, with the number of lines on all pages.</summary>
    public static Task<Werkvoorraadpagina<Rij>> LeesPaginaAsync(
        IApplicationDbContext db, IHuidigeGebruiker aanroeper, DateOnly vandaag, Werkvoorraadpositie? na, int aantal, CancellationToken ct) =>
        ArrangementLevenscyclus.Tabel.LeesPaginaAsync(db.Arrangementen.AsNoTracking(), aanroeper.PersoonlijkeRollen(), vandaag, a => a.Id, Projectie, na, aantal, ct);

    /// <summary>The lines of <paramref name="pagina"/> as the API shows them.</summary>
    public static Task<List<WerkvoorraadItemDto>> RegelsAsync(IApplicationDbContext db, Werkvoorraadpagina<Rij> pagina, DateOnly vandaag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pagina);
        return RegelsAsync(db, pagina.Regels.Select(r => (r.Actie, r.Voor, r.Rij)).ToList(), vandaag, ct);
    }

    /// <summary>The lines as the API shows them, in the order given, with the pupils' names.</summary>
    private static async Task<List<WerkvoorraadItemDto>> RegelsAsync(
        IApplicationDbContext db, IReadOnlyList<(string Actie, Rol Voor, Rij Rij)> rijen, DateOnly vandaag, CancellationToken ct)
    {
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
            .ToList();
    }

    internal sealed record Rij(
        Guid Id, Guid LeerlingId, SwvCode Samenwerkingsverband, VestigingCode Vestiging, SoortArrangement Soort, ArrangementStatus Status, string Omschrijving, DateOnly Deadline);
}
