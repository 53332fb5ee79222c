namespace PassendOnderwijs.Infrastructure.Synctokens;

/// <summary>
/// A key that signs cursors and change feed tokens. It lives in the database so that every API instance signs and
/// checks with the same keys; deleting a row revokes every token signed with it (clients then start again).
/// </summary>
internal sealed class SynctokenSleutel
{
    public const int Lengte = 32;

    public SynctokenSleutel(int id, byte[] materiaal, DateTimeOffset aangemaaktOp)
    {
        Id = id;
        Materiaal = materiaal;
        AangemaaktOp = aangemaaktOp;
    }

    /// <summary>Numbered 1, 2, 3…: the next key always gets a higher number, which tells an instance to reload.</summary>
    public int Id { get; private set; }

    public byte[] Materiaal { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }
}
