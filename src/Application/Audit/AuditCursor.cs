using System.Buffers.Text;

namespace PassendOnderwijs.Application.Audit;

/// <summary>An opaque cursor: the id (UUID v7, so time-ordered) of the last record on the previous page.</summary>
internal static class AuditCursor
{
    public static string Maak(Guid laatste) => Base64Url.EncodeToString(laatste.ToByteArray());

    public static Guid? Lees(string cursor)
    {
        var bytes = new byte[16];
        return cursor.Length == 22 && Base64Url.TryDecodeFromChars(cursor, bytes, out var n) && n == 16 ? new Guid(bytes) : null;
    }
}
