using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;

/// <summary>Where a page of the OPP list ends: how many rows of the same selection and order came before.</summary>
internal sealed record OppCursor(long Overslaan) : ISynctokenInhoud<OppCursor>
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.OppCursor;

    public static OppCursor? Lees(ref TokenLezer lezer) => lezer.Geheel(out var overslaan) ? new OppCursor(overslaan) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Overslaan);
    }
}
