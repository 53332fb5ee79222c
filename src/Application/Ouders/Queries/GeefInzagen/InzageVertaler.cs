using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;

/// <summary>
/// Tells audit records as an ouder reads them (<see cref="InzageDto"/>): who by role and organisation, which data in
/// words. Used by the page of the portal and by the export; it remembers the people it looked up, so an export that
/// reads the log a batch at a time asks for each account, school and samenwerkingsverband once.
/// </summary>
/// <param name="aanroeper">The ouder's own account id: their own looks read "U zelf".</param>
internal sealed class InzageVertaler(IApplicationDbContext db, string? aanroeper)
{
    private readonly Dictionary<string, (string Wie, string? Organisatie)> _wie = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _scholen = new(StringComparer.Ordinal);
    private string? _swv;
    private bool _swvGelezen;

    public async Task<IReadOnlyList<InzageDto>> VertaalAsync(IReadOnlyList<AuditRegel> regels, CancellationToken ct)
    {
        await LeesWieAsync(regels, ct).ConfigureAwait(false);
        return [.. regels.Select(Inzage)];
    }

    private InzageDto Inzage(AuditRegel regel)
    {
        var (naam, organisatie) = regel.ActorSoort switch
        {
            _ when regel.Actor == aanroeper => (InzageWie.Zelf, null),
            "gebruiker" => _wie.TryGetValue(regel.Actor, out var persoon) ? persoon : (InzageWie.OnbekendAccount, null),
            "client" => (InzageWie.Koppeling(regel.ActorNaam), null),
            _ => (InzageWie.Systeem, null),
        };
        return new InzageDto(regel.Op, regel.Actie.ToString().ToLowerInvariant(), InzageWie.Gegevens(regel.ResourceSoort), naam, organisatie, regel.Doel);
    }

    /// <summary>Role and organisation of each person not yet known: the school of their vestiging, or the SWV.</summary>
    private async Task LeesWieAsync(IReadOnlyList<AuditRegel> regels, CancellationToken ct)
    {
        var ids = regels.Where(r => r.ActorSoort == "gebruiker" && !_wie.ContainsKey(r.Actor))
            .Select(r => Guid.TryParse(r.Actor, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()
            .Select(id => new GebruikerId(id)).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var accounts = await db.Gebruikers.AsNoTracking().Where(g => ids.Contains(g.Id)).ToListAsync(ct).ConfigureAwait(false);
        var vestigingen = accounts.SelectMany(a => a.Vestigingen).Distinct().Where(v => !_scholen.ContainsKey(v))
            .Select(v => VestigingCode.Parse(v)).Where(v => v.IsGelukt).Select(v => v.Waarde).ToList();
        if (vestigingen.Count > 0)
        {
            foreach (var school in await db.Scholen.AsNoTracking().Where(s => vestigingen.Contains(s.Vestiging)).ToListAsync(ct).ConfigureAwait(false))
            {
                _scholen[school.Vestiging.Waarde] = school.Naam;
            }
        }

        if (!_swvGelezen && accounts.Any(a => a.Rol is not (Rol.Ouder or Rol.SchoolMedewerker)))
        {
            _swv = await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Naam).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            _swvGelezen = true;
        }

        foreach (var account in accounts)
        {
            _wie[account.Id.Waarde.ToString()] = (InzageWie.Rol(account.Rol), account.Rol switch
            {
                Rol.Ouder => null,
                Rol.SchoolMedewerker => string.Join(", ", account.Vestigingen.Select(v => _scholen.GetValueOrDefault(v, v))),
                _ => _swv,
            });
        }
    }
}
