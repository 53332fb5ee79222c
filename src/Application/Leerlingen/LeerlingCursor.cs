using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Leerlingen;

/// <summary>Where a page of the leerlingen list ends: the id of its last pupil (UUID v7, so registration order).</summary>
internal sealed record LeerlingCursor(Guid Na) : ISynctokenInhoud<LeerlingCursor>
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.LeerlingenCursor;

    public static LeerlingCursor? Lees(ref TokenLezer lezer) => lezer.Id(out var na) ? new LeerlingCursor(na) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Id(Na);
    }
}
