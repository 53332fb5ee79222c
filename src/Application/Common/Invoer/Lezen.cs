using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Invoer;

/// <summary>
/// The building blocks of a use case's reader: each request value is read into a Result of its type, and
/// <c>Samen</c> builds the typed input only when every part was valid, or returns the problems of all parts at once.
/// </summary>
public static class Lezen
{
    public static Result<T> Vereist<T>(T? waarde, Fout ontbreekt)
        where T : struct =>
        waarde is { } w ? w : ontbreekt;

    public static Result<T> Vereist<T>(T? waarde, Fout ontbreekt)
        where T : class =>
        waarde is { } w ? w : ontbreekt;

    /// <summary>The typed input made from one read value.</summary>
    public static Result<TUit> Dan<T, TUit>(this Result<T> gelezen, Func<T, TUit> maak)
    {
        ArgumentNullException.ThrowIfNull(gelezen);
        ArgumentNullException.ThrowIfNull(maak);
        return gelezen.IsGelukt ? maak(gelezen.Waarde) : Result<TUit>.Mislukt(gelezen.Fouten);
    }

    public static Result<TUit> Samen<T1, T2, TUit>(Result<T1> a, Result<T2> b, Func<T1, T2, TUit> maak) =>
        Fouten(a, b) is { Count: > 0 } fouten ? Result<TUit>.Mislukt(fouten) : maak(a.Waarde, b.Waarde);

    public static Result<TUit> Samen<T1, T2, T3, TUit>(Result<T1> a, Result<T2> b, Result<T3> c, Func<T1, T2, T3, TUit> maak) =>
        Fouten(a, b, c) is { Count: > 0 } fouten ? Result<TUit>.Mislukt(fouten) : maak(a.Waarde, b.Waarde, c.Waarde);

    public static Result<TUit> Samen<T1, T2, T3, T4, TUit>(
        Result<T1> a, Result<T2> b, Result<T3> c, Result<T4> d, Func<T1, T2, T3, T4, TUit> maak) =>
        Fouten(a, b, c, d) is { Count: > 0 } fouten ? Result<TUit>.Mislukt(fouten) : maak(a.Waarde, b.Waarde, c.Waarde, d.Waarde);

    public static Result<TUit> Samen<T1, T2, T3, T4, T5, TUit>(
        Result<T1> a, Result<T2> b, Result<T3> c, Result<T4> d, Result<T5> e, Func<T1, T2, T3, T4, T5, TUit> maak) =>
        Fouten(a, b, c, d, e) is { Count: > 0 } fouten
            ? Result<TUit>.Mislukt(fouten)
            : maak(a.Waarde, b.Waarde, c.Waarde, d.Waarde, e.Waarde);

    public static Result<TUit> Samen<T1, T2, T3, T4, T5, T6, TUit>(
        Result<T1> a, Result<T2> b, Result<T3> c, Result<T4> d, Result<T5> e, Result<T6> f, Func<T1, T2, T3, T4, T5, T6, TUit> maak) =>
        Fouten(a, b, c, d, e, f) is { Count: > 0 } fouten
            ? Result<TUit>.Mislukt(fouten)
            : maak(a.Waarde, b.Waarde, c.Waarde, d.Waarde, e.Waarde, f.Waarde);

    /// <summary>Every element read on its own; the list only when all could be read, else the problems of all.</summary>
    public static Result<IReadOnlyList<TUit>> Elk<TIn, TUit>(IEnumerable<TIn> elementen, Func<TIn, int, Result<TUit>> lees)
    {
        ArgumentNullException.ThrowIfNull(elementen);
        ArgumentNullException.ThrowIfNull(lees);
        var gelezen = elementen.Select(lees).ToList();
        var fouten = gelezen.SelectMany(r => r.Fouten).ToList();
        return fouten.Count > 0 ? Result<IReadOnlyList<TUit>>.Mislukt(fouten) : gelezen.Select(r => r.Waarde).ToList();
    }

    private static List<Fout> Fouten(params IUitkomst[] delen) => [.. delen.SelectMany(d => d.Fouten)];
}
