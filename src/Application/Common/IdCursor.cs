using System.Buffers.Text;

namespace PassendOnderwijs.Application.Common;

/// <summary>
/// Where a page of a list ends: the id of its last item (ids are UUID v7, so this is creation order). Opaque to
/// clients; a cursor that does not decode is refused.
/// </summary>
public static class IdCursor
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static string Maak(Guid na) => Base64Url.EncodeToString(na.ToByteArray(bigEndian: true));

    public static Guid? Lees(string? tekst)
    {
        if (tekst is null || tekst.Length != 22 || !Base64Url.IsValid(tekst))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(tekst);
        return bytes.Length == 16 ? new Guid(bytes, bigEndian: true) : null;
    }
}
