using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Application.Meldingen;

/// <summary>
/// Turns routes into notifications, for the event consumers: picks the recipients (<see cref="Zaakbetrokkenen.Kies"/>),
/// keeps to each person's choices, and queues an e-mail where the person wants one and the installation sends them.
/// Runs inside the consumer's transaction, so each event's notifications are written exactly once. A system path
/// without a caller, hence IgnoreQueryFilters.
/// </summary>
internal sealed class MeldingMaker(IApplicationDbContext db, TimeProvider klok, IOptions<Emailinstellingen> email)
{
    public async Task MaakAsync(
        IReadOnlyList<Meldingroute> routes, Zaakbetrokkenen betrokkenen, SwvCode swv, Zaaksoort? zaak, Guid? zaakId, CancellationToken ct)
    {
        var nu = klok.GetUtcNow();
        var perPersoon = routes
            .SelectMany(r => betrokkenen.Kies(r.Wie).Select(id => (Id: id, Route: r)))
            // One notification per person and event: someone who is both requester and behandelaar hears it as requester.
            .DistinctBy(p => p.Id)
            .ToList();
        if (perPersoon.Count == 0)
        {
            return;
        }

        var ids = perPersoon.Select(p => new GebruikerId(p.Id)).ToList();
        var personen = await db.Gebruikers.IgnoreQueryFilters().AsNoTracking()
            .Where(g => ids.Contains(g.Id) && g.Samenwerkingsverband == swv && g.Actief)
            .Select(g => new { g.Id, g.Email })
            .ToDictionaryAsync(g => g.Id.Waarde, g => g.Email.Waarde, ct).ConfigureAwait(false);
        var gekozen = perPersoon.Select(p => p.Id).ToList();
        var voorkeuren = await db.Meldingvoorkeuren.IgnoreQueryFilters().AsNoTracking()
            .Where(v => gekozen.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, ct).ConfigureAwait(false);

        foreach (var (id, route) in perPersoon)
        {
            if (!personen.TryGetValue(id, out var adres))
            {
                continue;
            }

            var voorkeur = voorkeuren.TryGetValue(id, out var v) ? v.Voor(route.Soort) : Meldingvoorkeuren.StandaardVoor(route.Soort);
            if (voorkeur.InApp)
            {
                db.Meldingen.Add(Melding.Nieuw(id, swv, route.Soort, route.Tekst, zaak, zaakId, nu));
            }

            if (voorkeur.PerEmail && email.Value.Aan)
            {
                db.Mailopdrachten.Add(Mailopdracht.Nieuw(id, adres, nu));
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Accounts of the samenwerkingsverband with a role, active.</summary>
    public async Task<IReadOnlyList<Guid>> MetRolAsync(SwvCode swv, Rol rol, CancellationToken ct) =>
        await db.Gebruikers.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.Samenwerkingsverband == swv && g.Rol == rol && g.Actief)
            .Select(g => g.Id.Waarde)
            .ToListAsync(ct).ConfigureAwait(false);

    /// <summary>The school staff of one vestiging.</summary>
    public async Task<IReadOnlyList<Guid>> SchoolAsync(SwvCode swv, string vestiging, CancellationToken ct) =>
        await db.Gebruikers.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.Samenwerkingsverband == swv && g.Rol == Rol.SchoolMedewerker && g.Actief && g.Vestigingen.Contains(vestiging))
            .Select(g => g.Id.Waarde)
            .ToListAsync(ct).ConfigureAwait(false);

    /// <summary>The people named in a case's history, with their roles; a client (LAS) in the history is no person.</summary>
    public async Task<IReadOnlyList<Deelnemer>> DeelnemersAsync(SwvCode swv, IEnumerable<string> actoren, CancellationToken ct)
    {
        var ids = actoren.Select(a => Guid.TryParse(a, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)
            .Distinct().Select(id => new GebruikerId(id)).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rijen = await db.Gebruikers.IgnoreQueryFilters().AsNoTracking()
            .Where(g => ids.Contains(g.Id) && g.Samenwerkingsverband == swv)
            .Select(g => new { g.Id, g.Rol })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rijen.Select(r => new Deelnemer(r.Id.Waarde, r.Rol))];
    }

    public static Guid? AlsAccount(string? actor) => Guid.TryParse(actor, out var id) ? id : null;
}
