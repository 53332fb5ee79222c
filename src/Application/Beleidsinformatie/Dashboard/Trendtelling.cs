using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard;

/// <summary>
/// Counts records by the schooljaar a moment or day of theirs falls in, for several schooljaren in one GROUP BY: the trend of the
/// dashboard reads every year at once instead of once per year.
/// </summary>
internal static class Trendtelling
{
    /// <summary>
    /// The number of <paramref name="bron"/>'s records whose <paramref name="moment"/> lies in each period; period
    /// <c>i</c> runs from <c>grenzen[i]</c> up to (not including) <c>grenzen[i + 1]</c>, so there is one count fewer than
    /// there are bounds.
    /// </summary>
    public static async Task<int[]> PerPeriodeAsync<T, TMoment>(
        IQueryable<T> bron, Expression<Func<T, TMoment>> moment, IReadOnlyList<TMoment> grenzen, CancellationToken ct)
        where TMoment : struct
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grenzen.Count, 2);
        var aantallen = await bron
            .Where(Binnen(moment, grenzen[0], grenzen[^1]))
            .GroupBy(Periode(moment, grenzen))
            .Select(g => new { Periode = g.Key, Aantal = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var perPeriode = new int[grenzen.Count - 1];
        foreach (var a in aantallen)
        {
            perPeriode[a.Periode] = a.Aantal;
        }

        return perPeriode;
    }

    private static Expression<Func<T, bool>> Binnen<T, TMoment>(Expression<Func<T, TMoment>> moment, TMoment van, TMoment tot)
        where TMoment : struct
    {
        var vanaf = Expression.GreaterThanOrEqual(moment.Body, Expression.Constant(van, typeof(TMoment)));
        var voor = Expression.LessThan(moment.Body, Expression.Constant(tot, typeof(TMoment)));
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(vanaf, voor), moment.Parameters);
    }

    /// <summary>The period's index as one SQL CASE: the latest period whose first moment the record's moment has reached.</summary>
    private static Expression<Func<T, int>> Periode<T, TMoment>(Expression<Func<T, TMoment>> moment, IReadOnlyList<TMoment> grenzen)
        where TMoment : struct
    {
        Expression index = Expression.Constant(0);
        for (var i = 1; i < grenzen.Count - 1; i++)
        {
            index = Expression.Condition(Expression.GreaterThanOrEqual(moment.Body, Expression.Constant(grenzen[i], typeof(TMoment))), Expression.Constant(i), index);
        }

        return Expression.Lambda<Func<T, int>>(index, moment.Parameters);
    }
}
