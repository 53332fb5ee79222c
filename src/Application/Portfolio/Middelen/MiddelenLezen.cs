using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen;

/// <summary>Reads the names and links a grant or verantwoording shows, so screens show names rather than ids.</summary>
internal static class MiddelenLezen
{
    public static async Task<List<VestigingCode>> VestigingenVanBestuurAsync(this IApplicationDbContext db, Guid bestuur, CancellationToken ct) =>
        await db.Scholen.AsNoTracking().Where(s => s.SchoolbestuurId == bestuur).Select(s => s.Vestiging).ToListAsync(ct).ConfigureAwait(false);

    public static async Task<MiddelentoekenningDto> AlsDtoAsync(this IApplicationDbContext db, Middelentoekenning toekenning, CancellationToken ct) =>
        (await db.AlsDtosAsync([toekenning], ct).ConfigureAwait(false))[0];

    public static async Task<IReadOnlyList<MiddelentoekenningDto>> AlsDtosAsync(this IApplicationDbContext db, IReadOnlyList<Middelentoekenning> toekenningen, CancellationToken ct)
    {
        var besturen = toekenningen.Select(t => t.SchoolbestuurId).Distinct().ToList();
        var namen = await db.Schoolbesturen.AsNoTracking().Where(b => besturen.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Naam, ct).ConfigureAwait(false);
        var scholen = await SchoolnamenAsync(db, besturen, ct).ConfigureAwait(false);
        var ids = toekenningen.Select(t => t.Id).ToList();
        var verantwoordingen = (await db.Verantwoordingen.AsNoTracking().Where(v => ids.Contains(v.ToekenningId)).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(v => v.ToekenningId);
        return toekenningen.Select(t =>
        {
            var verantwoording = verantwoordingen.GetValueOrDefault(t.Id);
            return new MiddelentoekenningDto(
                t.Id,
                t.SchoolbestuurId,
                namen.GetValueOrDefault(t.SchoolbestuurId) ?? string.Empty,
                t.Jaar,
                t.Bedrag,
                VerdeelsleutelCodes.Lijst.Code(t.Verdeelsleutel),
                t.Toelichting,
                t.BetaaldOp,
                t.Scholen.Select(s => new SchoolbedragDto(s.Vestiging, scholen.GetValueOrDefault(s.Vestiging), s.Bedrag)).ToList(),
                verantwoording?.Id,
                verantwoording is null ? null : VerantwoordingStatusCodes.Lijst.Code(verantwoording.Status),
                verantwoording?.Besteed,
                t.Gebeurtenissen.Select(g => new GebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting)).ToList(),
                t.Versie);
        }).ToList();
    }

    /// <summary>
    /// The verantwoording as the caller may see it: a pupil line names its pupil (and the OPP's last evaluation) only
    /// when the store's filters show the caller that pupil and OPP.
    /// </summary>
    public static async Task<VerantwoordingDto> AlsDtoAsync(
        this IApplicationDbContext db, Verantwoording v, Middelentoekenning toekenning, IHuidigeGebruiker aanroeper, CancellationToken ct)
    {
        var bestuur = await db.Schoolbesturen.AsNoTracking().Where(b => b.Id == v.SchoolbestuurId).Select(b => b.Naam).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var scholen = await SchoolnamenAsync(db, [v.SchoolbestuurId], ct).ConfigureAwait(false);
        var leerlingIds = v.Leerlingregels.Select(r => r.LeerlingId).Distinct().ToList();
        var leerlingen = await db.Leerlingen.AsNoTracking().Where(l => leerlingIds.Contains(l.Id))
            .Select(l => new { l.Id, l.Voornaam, l.Achternaam }).ToDictionaryAsync(l => l.Id, l => $"{l.Voornaam} {l.Achternaam}", ct).ConfigureAwait(false);
        var oppIds = v.Leerlingregels.Select(r => r.OppId).ToList();
        var opps = await db.Ontwikkelingsperspectiefplannen.AsNoTracking().Where(o => oppIds.Contains(o.Id))
            .Select(o => new { o.Id, o.LaatstGeevalueerdOp }).ToDictionaryAsync(o => o.Id, o => o.LaatstGeevalueerdOp, ct).ConfigureAwait(false);
        var besteed = v.Besteed;
        var overschreden = besteed > toekenning.Bedrag;
        return new VerantwoordingDto(
            v.Id,
            v.ToekenningId,
            v.SchoolbestuurId,
            bestuur ?? string.Empty,
            v.Jaar,
            VerantwoordingStatusCodes.Lijst.Code(v.Status),
            v.Regels.Select(r => new VerantwoordingsregelDto(
                VerantwoordingsniveauCodes.Lijst.Code(r.Niveau), r.Vestiging, scholen.GetValueOrDefault(r.Vestiging), r.Groep, r.Doel, r.Interventies, r.Besteed, r.Resultaten)).ToList(),
            v.Leerlingregels.Select(r =>
            {
                var zichtbaar = leerlingen.TryGetValue(r.LeerlingId, out var naam);
                return new LeerlingregelDto(
                    r.OppId,
                    zichtbaar ? r.LeerlingId : null,
                    zichtbaar ? naam : null,
                    r.Vestiging,
                    scholen.GetValueOrDefault(r.Vestiging),
                    opps.GetValueOrDefault(r.OppId),
                    r.Besteed,
                    r.Toelichting);
            }).ToList(),
            toekenning.Bedrag,
            besteed,
            overschreden,
            overschreden
                ? $"Er is {Bedrag.Tekst(besteed - toekenning.Bedrag)} meer besteed dan de {Bedrag.Tekst(toekenning.Bedrag)} die is toegekend."
                : null,
            v.IngediendOp,
            v.BesprokenOp,
            v.Bespreeknotitie,
            VerantwoordingLevenscyclus.Tabel.ToegestaneStappenVoor(v, aanroeper).Select(VerantwoordingStapCodes.Lijst.Code).ToList(),
            v.Gebeurtenissen.Select(g => new GebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting)).ToList(),
            v.Versie)
        {
            Leerlingen = leerlingIds,
        };
    }

    private static async Task<Dictionary<string, string>> SchoolnamenAsync(IApplicationDbContext db, IReadOnlyList<Guid> besturen, CancellationToken ct) =>
        (await db.Scholen.AsNoTracking().Where(s => besturen.Contains(s.SchoolbestuurId)).Select(s => new { s.Vestiging, s.Naam }).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(s => s.Vestiging.Waarde, s => s.Naam);
}
