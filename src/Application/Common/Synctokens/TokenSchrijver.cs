using System.Buffers;
using System.Text;

namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// Writes a token's fields compactly: numbers as unsigned LEB128 (a change number takes 1–3 bytes instead of 8), ids
/// as 16 bytes in RFC 9562 (big-endian) order, the only GUID byte order any token uses.
/// </summary>
public sealed class TokenSchrijver
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64);

    public ReadOnlySpan<byte> Geschreven => _buffer.WrittenSpan;

    public TokenSchrijver Geheel(long waarde)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(waarde);
        var rest = (ulong)waarde;
        while (rest >= 0x80)
        {
            Byte((byte)(rest | 0x80));
            rest >>= 7;
        }

        Byte((byte)rest);
        return this;
    }

    public TokenSchrijver Id(Guid id)
    {
        var doel = _buffer.GetSpan(16);
        id.TryWriteBytes(doel, bigEndian: true, out _);
        _buffer.Advance(16);
        return this;
    }

    public TokenSchrijver Datum(DateOnly datum) => Geheel(datum.DayNumber);

    /// <summary>Length + 1 first, so 0 stands for "absent".</summary>
    public TokenSchrijver Tekst(string? tekst)
    {
        if (tekst is null)
        {
            return Geheel(0);
        }

        var bytes = Encoding.UTF8.GetBytes(tekst);
        Geheel(bytes.Length + 1L);
        _buffer.Write(bytes);
        return this;
    }

    private void Byte(byte waarde)
    {
        _buffer.GetSpan(1)[0] = waarde;
        _buffer.Advance(1);
    }
}
