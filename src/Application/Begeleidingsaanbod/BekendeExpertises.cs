using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class BekendeExpertises
{
    /// <summary>An expertise code that no version of the waardelijst knows is a typo, not an empty result.</summary>
    public static async Task<Fout?> ControleerAsync(
        this IQueryable<ExpertiseWaardelijst> waardelijsten, ExpertiseCode? expertise, string veld, CancellationToken cancellationToken) =>
        expertise is null || await waardelijsten.AsNoTracking().SelectMany(w => w.Expertises).AnyAsync(e => e.Code == expertise, cancellationToken).ConfigureAwait(false)
            ? null
            : Onbekend(expertise.Waarde, veld);

    /// <summary>The same check for a list of codes (one query): one problem per unknown code, naming it.</summary>
    public static async Task<IReadOnlyList<Fout>> ControleerAsync(
        this IQueryable<ExpertiseWaardelijst> waardelijsten, IReadOnlyList<ExpertiseCode> codes, string veld, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var bekend = (await waardelijsten.AsNoTracking().SelectMany(w => w.Expertises).Select(e => e.Code).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.Waarde).ToHashSet(StringComparer.Ordinal);
        return codes.Where(c => !bekend.Contains(c.Waarde)).Select(c => Onbekend(c.Waarde, veld)).ToList();
    }

    private static Fout Onbekend(string code, string veld) =>
        Fout.Ongeldig("onbekende-expertise", $"De expertise {code} staat niet in de waardelijst; kies een expertise uit de lijst.", veld);

    /// <summary>
    /// The name people read for each expertise code, as the newest waardelijst that has the code words it (the list
    /// screen shows names, never codes).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ExpertiseNamenAsync(
        this IQueryable<ExpertiseWaardelijst> waardelijsten, CancellationToken cancellationToken)
    {
        var lijsten = await waardelijsten.AsNoTracking().OrderBy(w => w.GepubliceerdOp).ToListAsync(cancellationToken).ConfigureAwait(false);
        var namen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var expertise in lijsten.SelectMany(w => w.Expertises))
        {
            namen[expertise.Code.Waarde] = expertise.Omschrijving;
        }

        return namen;
    }
}
