using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingen;

/// <summary>Where a page of the aanmeldingen list ends: how many rows of the same selection and order came before.</summary>
internal sealed record AanmeldingCursor(long Overslaan) : ISynctokenInhoud<AanmeldingCursor>
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.AanmeldingCursor;

    public static AanmeldingCursor? Lees(ref TokenLezer lezer) => lezer.Geheel(out var overslaan) ? new AanmeldingCursor(overslaan) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Overslaan);
    }
}
