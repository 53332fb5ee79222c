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

    /// <summary>
    /// One page of the lines of <see cref="LeesAsync"/>, in the werkvoorraad's order (deadline, then the aggregate's id,
    /// then the role's code and the action) and computed in SQL (<see cref="Werkvoorraadlijnen"/>).
    /// </summary>
    public static Task<Werkvoorraadpagina<TRij>> LeesPaginaAsync<TAggregaat, TStatus, TStap, TRij>(
        this Levenscyclus<TAggregaat, TStatus, TStap> tabel,
        IQueryable<TAggregaat> bron,
        IReadOnlyCollection<Rol> rollen,
        DateOnly vandaag,
        Expression<Func<TAggregaat, Guid>> id,
        Expression<Func<TAggregaat, string, DateOnly, TRij>> projectie,
        Werkvoorraadpositie? na,
        int aantal,
        CancellationToken ct,
        Guid aanroeper = default,
        IReadOnlyCollection<Functie>? functies = null)
        where TStatus : struct, Enum
        where TStap : struct, Enum =>
        tabel.Lijnen(bron, rollen, vandaag, id, projectie, aanroeper, functies).LeesPaginaAsync(na, aantal, ct);

    /// <summary>
    /// Every line of <paramref name="tabel"/> for <paramref name="rollen"/> (and <paramref name="functies"/>, for a step
    /// of a functie) as a query of its own, ordered by the line's deadline (an index on the line's status and deadline
    /// serves it), for a page of them with other lines.
    /// </summary>
    public static IEnumerable<IWerkvoorraadlijn<TRij>> Lijnen<TAggregaat, TStatus, TStap, TRij>(
        this Levenscyclus<TAggregaat, TStatus, TStap> tabel,
        IQueryable<TAggregaat> bron,
        IReadOnlyCollection<Rol> rollen,
        DateOnly vandaag,
        Expression<Func<TAggregaat, Guid>> id,
        Expression<Func<TAggregaat, string, DateOnly, TRij>> projectie,
        Guid aanroeper = default,
        IReadOnlyCollection<Functie>? functies = null)
        where TStatus : struct, Enum
        where TStap : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(projectie);
        return tabel.Werkvoorraad(rollen, vandaag.AddDays(VooruitkijkenDagen), aanroeper, functies)
            .Select(l => new Werkvoorraadlijn<TAggregaat, TRij>(
                l.Regel.Actie, l.Voor, bron.Where(l.Filter), l.Regel.Deadline, id, Expressie.Combineer(l.Regel.Omschrijving, l.Regel.Deadline, projectie)))
            .ToList();
    }
}
