using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>
/// The werkvoorraad of any lifecycle table, read the same way for every workflow: each line of the table that waits
/// for one of the caller's roles is one SQL query that selects only the columns a line shows (the row a workflow
/// projects, with the line's reason and deadline); a reason that formats a date does so after the query.
/// </summary>
internal static class LevenscyclusWerkvoorraad
{
    /// <summary>Evaluations, endings and other terms show up this many days before they are due.</summary>
    public const int VooruitkijkenDagen = 30;

    /// <summary>
    /// The rows of every werkvoorraad line of <paramref name="tabel"/> for <paramref name="rollen"/>, each with the
    /// action and the role it is for; <paramref name="projectie"/> receives the aggregate, the reason and the deadline.
    /// </summary>
    public static async Task<List<(string Actie, Rol Voor, TRij Rij)>> LeesAsync<TAggregaat, TStatus, TStap, TRij>(
        this Levenscyclus<TAggregaat, TStatus, TStap> tabel,
        IQueryable<TAggregaat> bron,
        IReadOnlyCollection<Rol> rollen,
        DateOnly vandaag,
        Expression<Func<TAggregaat, string, DateOnly, TRij>> projectie,
        CancellationToken ct,
        Guid aanroeper = default)
        where TStatus : struct, Enum
        where TStap : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(tabel);
        var rijen = new List<(string Actie, Rol Voor, TRij Rij)>();
        foreach (var (regel, voor, filter) in tabel.Werkvoorraad(rollen, vandaag.AddDays(VooruitkijkenDagen), aanroeper))
        {
            var selectie = Expressie.Combineer(regel.Omschrijving, regel.Deadline, projectie);
            var gevonden = await bron.Where(filter).Select(selectie).ToListAsync(ct).ConfigureAwait(false);
            rijen.AddRange(gevonden.Select(r => (regel.Actie, voor, r)));
        }

        return rijen;
    }
}
