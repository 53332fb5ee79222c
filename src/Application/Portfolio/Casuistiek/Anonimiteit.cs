using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek;

/// <summary>
/// What the anonymity check of a case or bespreking needs from the store: the first and last names of the pupils at
/// the vestiging(en) concerned. This is a check, not a read: the names never leave the server, appear in no answer or
/// problem, and so are not audited as a read of pupil data.
/// </summary>
internal static class Anonimiteit
{
    public static async Task<Anonimiteitscontext> VoorVestigingenAsync(
        this IApplicationDbContext db, IReadOnlyCollection<VestigingCode> vestigingen, IEnumerable<string> ookToegestaan, TimeProvider klok, CancellationToken ct)
    {
        // The store's filter suffices: SWV staff see every pupil of the samenwerkingsverband, and a school brings in a
        // case only for a vestiging of its own, whose pupils it sees.
        var namen = await db.Leerlingen.AsNoTracking()
            .Where(l => vestigingen.Contains(l.Vestiging))
            .Select(l => new { l.Voornaam, l.Achternaam })
            .ToListAsync(ct).ConfigureAwait(false);
        return new Anonimiteitscontext(
            namen.Select(n => new Leerlingnaam(n.Voornaam, n.Achternaam)).ToList(),
            NederlandseTijd.Vandaag(klok).Year,
            ookToegestaan.ToList());
    }

    /// <summary>The vestigingen in a lokaal netwerk: a bespreking's notes are checked against all their pupils.</summary>
    public static async Task<IReadOnlyCollection<VestigingCode>> VestigingenInNetwerkAsync(
        this IApplicationDbContext db, string regio, string lokaalNetwerk, CancellationToken ct) =>
        await db.Scholen.AsNoTracking()
            .Where(s => s.Regio == regio && s.LokaalNetwerk == lokaalNetwerk)
            .Select(s => s.Vestiging)
            .ToListAsync(ct).ConfigureAwait(false);
}
