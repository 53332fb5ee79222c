using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Audit;

/// <summary>Where a page of the audit log ends: the id (UUID v7, so time-ordered) of the last record shown.</summary>
internal sealed record AuditCursor(Guid Na) : ISynctokenInhoud<AuditCursor>
{
    public static Tokensoort Soort => Tokensoort.AuditregelsCursor;

    public static AuditCursor? Lees(ref TokenLezer lezer) => lezer.Id(out var na) ? new AuditCursor(na) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Id(Na);
    }
}
