using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

/// <summary>
/// Where a page of the werkvoorraad ends: the last line's deadline, arrangement and role, the werkvoorraad's order. A
/// position rather than an offset, so each page is an index range in SQL however deep, and a line that is dealt with
/// meanwhile does not shift the next page.
/// </summary>
internal sealed record WerkvoorraadCursor(DateOnly Deadline, Guid Id, string Voor) : ISynctokenInhoud<WerkvoorraadCursor>
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.WerkvoorraadCursor;

    public Werkvoorraadpositie Positie => new(Deadline, Id, Voor);

    public static WerkvoorraadCursor? Lees(ref TokenLezer lezer) =>
        lezer.Datum(out var deadline) && lezer.Id(out var id) && lezer.Tekst(out var voor) && voor is not null
            ? new WerkvoorraadCursor(deadline, id, voor)
            : null;

    public static WerkvoorraadCursor Van(Werkvoorraadpositie positie)
    {
        ArgumentNullException.ThrowIfNull(positie);
        return new WerkvoorraadCursor(positie.Deadline, positie.Id, positie.Voor);
    }

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Datum(Deadline).Id(Id).Tekst(Voor);
    }
}
