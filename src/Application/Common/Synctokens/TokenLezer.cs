using System.Text;

namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>Reads what <see cref="TokenSchrijver"/> wrote; every method says false instead of reading past the end.</summary>
public ref struct TokenLezer(ReadOnlySpan<byte> inhoud)
{
    private ReadOnlySpan<byte> _rest = inhoud;

    /// <summary>A token with bytes left over is not one this version wrote.</summary>
    public readonly bool IsUitgelezen => _rest.IsEmpty;

    public bool Geheel(out long waarde)
    {
        waarde = 0;
        ulong opgebouwd = 0;
        for (var i = 0; i < 9; i++)
        {
            if (_rest.IsEmpty)
            {
                return false;
            }

            var b = _rest[0];
            _rest = _rest[1..];
            opgebouwd |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                // Nine groups of seven bits hold every non-negative long; more never came from the writer.
                waarde = (long)opgebouwd;
                return waarde >= 0;
            }
        }

        return false;
    }

    public bool Id(out Guid id)
    {
        id = Guid.Empty;
        if (_rest.Length < 16)
        {
            return false;
        }

        id = new Guid(_rest[..16], bigEndian: true);
        _rest = _rest[16..];
        return true;
    }

    public bool Datum(out DateOnly datum)
    {
        datum = default;
        if (!Geheel(out var dag) || dag > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        datum = DateOnly.FromDayNumber((int)dag);
        return true;
    }

    public bool Tekst(out string? tekst)
    {
        tekst = null;
        if (!Geheel(out var lengte) || lengte - 1 > _rest.Length)
        {
            return false;
        }

        if (lengte > 0)
        {
            try
            {
                tekst = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(_rest[..(int)(lengte - 1)]);
            }
            catch (DecoderFallbackException)
            {
                return false;
            }

            _rest = _rest[(int)(lengte - 1)..];
        }

        return true;
    }
}
