using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>One line of a werkvoorraad for one role, whatever table it reads: how many rows it has, and a page of them.</summary>
internal interface IWerkvoorraadlijn<TRij>
{
    /// <summary>One row holding <paramref name="merk"/> for each row of the line, so the lines are counted in one query.</summary>
    IQueryable<int> Merken(int merk);

    /// <summary>At most <paramref name="aantal"/> rows after <paramref name="na"/>, in the werkvoorraad's order.</summary>
    Task<List<WerkvoorraadRij<TRij>>> LeesAsync(Werkvoorraadpositie? na, int aantal, CancellationToken ct);
}

/// <summary>
/// A line as SQL: the rows of <typeparamref name="TAggregaat"/> that wait (<paramref name="Wachtend"/>, already
/// filtered), ordered by <paramref name="Deadline"/> and <paramref name="Id"/> so an index on the line's filter columns,
/// deadline and id serves a page, and projected by <paramref name="Rij"/>.
/// </summary>
internal sealed record Werkvoorraadlijn<TAggregaat, TRij>(
    string Actie,
    Rol Voor,
    IQueryable<TAggregaat> Wachtend,
    Expression<Func<TAggregaat, DateOnly>> Deadline,
    Expression<Func<TAggregaat, Guid>> Id,
    Expression<Func<TAggregaat, TRij>> Rij) : IWerkvoorraadlijn<TRij>
{
    public IQueryable<int> Merken(int merk) => Wachtend.Select(_ => merk);

    public async Task<List<WerkvoorraadRij<TRij>>> LeesAsync(Werkvoorraadpositie? na, int aantal, CancellationToken ct)
    {
        var selectie = na is null ? Wachtend : Wachtend.Where(Na(na));
        var rijen = await selectie.OrderBy(Deadline).ThenBy(Id).Take(aantal).Select(Regelrij()).ToListAsync(ct).ConfigureAwait(false);
        return rijen.Select(r => r with { Actie = Actie, Voor = Voor }).ToList();
    }

    /// <summary>
    /// The rows after <paramref name="na"/>: a later deadline, or the same deadline and a later id, or the same id when
    /// this line's role and action sort after the position's. The deadline's lower bound stands on its own, so
    /// PostgreSQL reads the index from the position in order and stops at the limit (a bare OR would make it collect
    /// and sort every later row). Written with the captured position, so the query keeps parameters (and one plan)
    /// whatever the position.
    /// </summary>
    private Expression<Func<TAggregaat, bool>> Na(Werkvoorraadpositie na)
    {
        var datum = na.Deadline;
        var vorige = na.Id;
        return na.LijnKomtNa(Voor, Actie)
            ? Expressie.Combineer(Deadline, Id, (TAggregaat _, DateOnly d, Guid i) => d >= datum && (d > datum || i.CompareTo(vorige) >= 0))
            : Expressie.Combineer(Deadline, Id, (TAggregaat _, DateOnly d, Guid i) => d >= datum && (d > datum || i.CompareTo(vorige) > 0));
    }

    /// <summary>The line's projection with its deadline and id beside it, for the merge and the next page's position.</summary>
    private Expression<Func<TAggregaat, WerkvoorraadRij<TRij>>> Regelrij()
    {
        var parameter = Rij.Parameters[0];
        var constructor = typeof(WerkvoorraadRij<TRij>).GetConstructor([typeof(DateOnly), typeof(Guid), typeof(TRij)])!;
        return Expression.Lambda<Func<TAggregaat, WerkvoorraadRij<TRij>>>(
            Expression.New(constructor, Expressie.Vervang(Deadline, parameter), Expressie.Vervang(Id, parameter), Rij.Body),
            parameter);
    }
}

/// <summary>A page of several lines, each counted and read in SQL and merged here.</summary>
internal static class Werkvoorraadlijnen
{
    /// <summary>
    /// The page after <paramref name="na"/> of <paramref name="lijnen"/>: all lines counted in one query (a round trip
    /// per line cost more than the counting: a TLV medewerker has nine lines), then, for each line with rows, a query
    /// for at most <paramref name="aantal"/> + 1 rows after the position; the first <paramref name="aantal"/> of them
    /// are the page.
    /// </summary>
    public static async Task<Werkvoorraadpagina<TRij>> LeesPaginaAsync<TRij>(
        this IEnumerable<IWerkvoorraadlijn<TRij>> lijnen, Werkvoorraadpositie? na, int aantal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lijnen);
        var lijst = lijnen.ToList();
        var gevonden = new List<WerkvoorraadRij<TRij>>();
        if (lijst.Count == 0)
        {
            return Werkvoorraadpagina<TRij>.Van(gevonden, 0, aantal);
        }

        var merken = lijst.Select((lijn, i) => lijn.Merken(i)).Aggregate(Queryable.Concat);
        var perLijn = await merken.GroupBy(m => m).Select(g => new { Lijn = g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(t => t.Lijn, t => t.Aantal, ct).ConfigureAwait(false);

        // Most lines of a table wait for no one at a given moment: only those with rows are read.
        foreach (var lijn in lijst.Where((_, i) => perLijn.ContainsKey(i)))
        {
            gevonden.AddRange(await lijn.LeesAsync(na, aantal + 1, ct).ConfigureAwait(false));
        }

        return Werkvoorraadpagina<TRij>.Van(gevonden, perLijn.Values.Sum(), aantal);
    }
}
