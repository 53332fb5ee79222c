using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>One line of a werkvoorraad for one role, whatever table it reads: how many rows it has, and a page of them.</summary>
internal interface IWerkvoorraadlijn<TRij>
{
    Task<int> TelAsync(CancellationToken ct);

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
    public Task<int> TelAsync(CancellationToken ct) => Wachtend.CountAsync(ct);

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
    /// The page after <paramref name="na"/> of <paramref name="lijnen"/>: each line is a count and, when it has rows, a
    /// query for at most <paramref name="aantal"/> + 1 rows after the position; the first <paramref name="aantal"/> of
    /// them are the page.
    /// </summary>
    public static async Task<Werkvoorraadpagina<TRij>> LeesPaginaAsync<TRij>(
        this IEnumerable<IWerkvoorraadlijn<TRij>> lijnen, Werkvoorraadpositie? na, int aantal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lijnen);
        var gevonden = new List<WerkvoorraadRij<TRij>>();
        var totaal = 0;
        foreach (var lijn in lijnen)
        {
            var inLijn = await lijn.TelAsync(ct).ConfigureAwait(false);
            totaal += inLijn;

            // Most lines of a table wait for no one at a given moment: one round trip each, not two.
            if (inLijn > 0)
            {
                gevonden.AddRange(await lijn.LeesAsync(na, aantal + 1, ct).ConfigureAwait(false));
            }
        }

        return Werkvoorraadpagina<TRij>.Van(gevonden, totaal, aantal);
    }
}
