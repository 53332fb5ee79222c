using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>How every werkvoorraad answers a page: the same sizes, the same cursor, the same problem for a cursor it cannot trust.</summary>
internal static class Werkvoorraadpaginas
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    /// <summary>
    /// The page <paramref name="query"/> asks for: the position in its cursor (a problem when the cursor is not one
    /// this werkvoorraad gave), the page <paramref name="lees"/> reads from there, and <paramref name="antwoord"/>
    /// made of it with the next page's cursor (null on the last page).
    /// </summary>
    public static async Task<Result<TDto>> LeesWerkvoorraadAsync<TQuery, TRij, TDto>(
        this ISynctokens tokens,
        TQuery query,
        Func<Werkvoorraadpositie?, int, Task<Werkvoorraadpagina<TRij>>> lees,
        Func<Werkvoorraadpagina<TRij>, string?, Task<TDto>> antwoord,
        CancellationToken ct)
        where TQuery : IWerkvoorraadVraag
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lees);
        ArgumentNullException.ThrowIfNull(antwoord);
        WerkvoorraadCursor<TQuery>? na = null;
        if (query.Cursor is not null && (na = await tokens.LeesAsync<WerkvoorraadCursor<TQuery>>(query.Cursor, ct).ConfigureAwait(false)) is null)
        {
            return SynctokenFouten.Cursor();
        }

        var pagina = await lees(na?.Positie, query.PageSize ?? StandaardPageSize).ConfigureAwait(false);
        var volgende = pagina.Volgende is { } positie
            ? await tokens.MaakAsync(WerkvoorraadCursor<TQuery>.Van(positie), ct).ConfigureAwait(false)
            : null;
        return await antwoord(pagina, volgende).ConfigureAwait(false);
    }
}
