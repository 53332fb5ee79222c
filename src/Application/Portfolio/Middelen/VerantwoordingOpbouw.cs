using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen;

/// <summary>
/// Turns the requested lines into the verantwoording's content: each pupil line's OPP must be one the caller may see
/// (the store's filters: a school-medewerker sees the OPP's of their own vestigingen). A line that was already there
/// keeps its OPP even when the caller cannot see it (a colleague of another school of the bestuur wrote it).
/// </summary>
internal static class VerantwoordingOpbouw
{
    public static async Task<Result<Verantwoordingsinhoud>> BouwAsync(
        this IApplicationDbContext db, VerantwoordingInvoer invoer, Verantwoording? bestaand, IReadOnlyCollection<VestigingCode> vestigingenVanBestuur, CancellationToken ct)
    {
        var ids = invoer.Leerlingregels.Select(r => r.OppId).Distinct().ToList();
        var zichtbaar = await db.Ontwikkelingsperspectiefplannen.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.LeerlingId, o.Vestiging }).ToListAsync(ct).ConfigureAwait(false);
        var gevonden = zichtbaar.ToDictionary(o => o.Id, o => new OppVerwijzing(o.Id, o.LeerlingId, o.Vestiging));
        foreach (var regel in bestaand?.Leerlingregels ?? [])
        {
            if (!gevonden.ContainsKey(regel.OppId) && VestigingCode.Parse(regel.Vestiging) is { IsGelukt: true } vestiging)
            {
                gevonden[regel.OppId] = new OppVerwijzing(regel.OppId, regel.LeerlingId, vestiging.Waarde);
            }
        }

        var fouten = new List<Fout>();
        var leerlingregels = new List<Leerlingregelinvoer>();
        for (var i = 0; i < invoer.Leerlingregels.Count; i++)
        {
            var regel = invoer.Leerlingregels[i];
            if (gevonden.TryGetValue(regel.OppId, out var opp))
            {
                leerlingregels.Add(new Leerlingregelinvoer(opp, regel.Besteed, regel.Toelichting));
            }
            else
            {
                fouten.Add(Fout.Ongeldig("opp-onbekend", "Er is geen OPP met dit id van een leerling die u mag zien.", $"leerlingregels[{i}].oppId"));

                // A stand-in keeps the line's place, so the other problems name the right line.
                leerlingregels.Add(new Leerlingregelinvoer(new OppVerwijzing(regel.OppId, Guid.Empty, vestigingenVanBestuur.FirstOrDefault() ?? VestigingCode.Parse("00AA00").Waarde), regel.Besteed, regel.Toelichting));
            }
        }

        var inhoud = new Verantwoordingsinhoud(invoer.Regels, leerlingregels);
        fouten.AddRange(Verantwoording.Controleer(inhoud, vestigingenVanBestuur).Where(f => !(f.Code == "opp-van-ander-bestuur" && fouten.Any(o => o.Veld == f.Veld))));
        return fouten.Count > 0 ? Result<Verantwoordingsinhoud>.Mislukt(fouten) : inhoud;
    }
}
