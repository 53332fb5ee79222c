using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>A query for a page of a werkvoorraad: its cursor and page size, and the kind of token its cursor is.</summary>
public interface IWerkvoorraadVraag
{
    /// <summary>Each werkvoorraad's own, so a cursor of one is refused by the others.</summary>
    static abstract Tokensoort Cursorsoort { get; }

    string? Cursor { get; }

    int? PageSize { get; }
}

/// <summary>
/// Where a page of the werkvoorraad of <typeparamref name="TQuery"/> ends: the last line's deadline, case, role and
/// action, the werkvoorraad's order. A position rather than an offset, so each page is an index range in SQL however
/// deep, and a line that is dealt with meanwhile does not shift the next page.
/// </summary>
internal sealed record WerkvoorraadCursor<TQuery>(DateOnly Deadline, Guid Id, string Voor, string Actie) : ISynctokenInhoud<WerkvoorraadCursor<TQuery>>
    where TQuery : IWerkvoorraadVraag
{
    public static Tokensoort Soort => TQuery.Cursorsoort;

    public Werkvoorraadpositie Positie => new(Deadline, Id, Voor, Actie);

    public static WerkvoorraadCursor<TQuery>? Lees(ref TokenLezer lezer) =>
        lezer.Datum(out var deadline) && lezer.Id(out var id) && lezer.Tekst(out var voor) && voor is not null
        && lezer.Tekst(out var actie) && actie is not null
            ? new WerkvoorraadCursor<TQuery>(deadline, id, voor, actie)
            : null;

    public static WerkvoorraadCursor<TQuery> Van(Werkvoorraadpositie positie)
    {
        ArgumentNullException.ThrowIfNull(positie);
        return new WerkvoorraadCursor<TQuery>(positie.Deadline, positie.Id, positie.Voor, positie.Actie);
    }

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Datum(Deadline).Id(Id).Tekst(Voor).Tekst(Actie);
    }
}
