using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Meldingen;

/// <summary>Where a page of a person's notifications ends: the id (UUID v7, so time-ordered) of the last one shown.</summary>
internal sealed record MeldingenCursor(Guid Na, bool AlleenOngelezen) : ISynctokenInhoud<MeldingenCursor>
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.MeldingenCursor;

    public static MeldingenCursor? Lees(ref TokenLezer lezer) =>
        lezer.Id(out var na) && lezer.Geheel(out var alleen) ? new MeldingenCursor(na, alleen == 1) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Id(Na).Geheel(AlleenOngelezen ? 1 : 0);
    }
}
