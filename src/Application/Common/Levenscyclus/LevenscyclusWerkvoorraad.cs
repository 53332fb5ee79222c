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
    /// then the role's code) and computed in SQL: each line is a query for at most <paramref name="aantal"/> + 1 rows
    /// after <paramref name="na"/>, ordered the same way (an index on the line's status and deadline serves it), and a
    /// count; the lines are merged here. The page holds at most <paramref name="aantal"/> lines; <c>Meer</c> says whether
    /// more follow, <c>Totaal</c> counts the lines on every page.
    /// </summary>
    public static async Task<Werkvoorraadpagina<TRij>> LeesPaginaAsync<TAggregaat, TStatus, TStap, TRij>(
        this Levenscyclus<TAggregaat, TStatus, TStap> tabel,
        IQueryable<TAggregaat> bron,
        IReadOnlyCollection<Rol> rollen,
        DateOnly vandaag,
        Expression<Func<TAggregaat, Guid>> id,
        Expression<Func<TAggregaat, string, DateOnly, TRij>> projectie,
        Werkvoorraadpositie? na,
        int aantal,
        CancellationToken ct,
        Guid aanroeper = default)
        where TStatus : struct, Enum
        where TStap : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(projectie);
        var gevonden = new List<WerkvoorraadRij<TRij>>();
        var totaal = 0;
        foreach (var (regel, voor, filter) in tabel.Werkvoorraad(rollen, vandaag.AddDays(VooruitkijkenDagen), aanroeper))
        {
            var selectie = bron.Where(filter);
            totaal += await selectie.CountAsync(ct).ConfigureAwait(false);
            if (na is not null)
            {
                selectie = selectie.Where(Na(regel.Deadline, id, voor, na));
            }

            var rijen = await selectie.OrderBy(regel.Deadline).ThenBy(id).Take(aantal + 1)
                .Select(Regelrij(regel, id, projectie))
                .ToListAsync(ct).ConfigureAwait(false);
            gevonden.AddRange(rijen.Select(r => r with { Actie = regel.Actie, Voor = voor }));
        }

        var geordend = gevonden
            .OrderBy(r => r.Deadline)
            .ThenBy(r => r.Id)
            .ThenBy(r => r.Voor.Code(), StringComparer.Ordinal)
            .ToList();
        return new Werkvoorraadpagina<TRij>(geordend.Take(aantal).ToList(), totaal, geordend.Count > aantal);
    }

    /// <summary>
    /// The rows of a line for <paramref name="voor"/> that come after <paramref name="na"/>: a later deadline, or the same
    /// deadline and a later id, or the same id when this line's role sorts after the position's. The deadline's lower
    /// bound stands on its own, so PostgreSQL reads the index from the position in order and stops at the limit (a bare
    /// OR would make it collect and sort every later row). Written with the captured position, so the query keeps
    /// parameters (and one plan) whatever the position.
    /// </summary>
    private static Expression<Func<TAggregaat, bool>> Na<TAggregaat>(
        Expression<Func<TAggregaat, DateOnly>> deadline, Expression<Func<TAggregaat, Guid>> id, Rol voor, Werkvoorraadpositie na)
    {
        var datum = na.Deadline;
        var vorige = na.Id;
        return string.CompareOrdinal(voor.Code(), na.Voor) > 0
            ? Expressie.Combineer(deadline, id, (TAggregaat _, DateOnly d, Guid i) => d >= datum && (d > datum || i.CompareTo(vorige) >= 0))
            : Expressie.Combineer(deadline, id, (TAggregaat _, DateOnly d, Guid i) => d >= datum && (d > datum || i.CompareTo(vorige) > 0));
    }

    /// <summary>The line's projection with its deadline and id beside it, for the merge and the next page's position.</summary>
    private static Expression<Func<TAggregaat, WerkvoorraadRij<TRij>>> Regelrij<TAggregaat, TRij>(
        Werkvoorraadregel<TAggregaat> regel, Expression<Func<TAggregaat, Guid>> id, Expression<Func<TAggregaat, string, DateOnly, TRij>> projectie)
    {
        var selectie = Expressie.Combineer(regel.Omschrijving, regel.Deadline, projectie);
        var parameter = selectie.Parameters[0];
        var constructor = typeof(WerkvoorraadRij<TRij>).GetConstructor([typeof(DateOnly), typeof(Guid), typeof(TRij)])!;
        return Expression.Lambda<Func<TAggregaat, WerkvoorraadRij<TRij>>>(
            Expression.New(constructor, Expressie.Vervang(regel.Deadline, parameter), Expressie.Vervang(id, parameter), selectie.Body),
            parameter);
    }
}
