using System.Buffers.Binary;
using System.Text;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>
/// The directory of a zip archive (the names of its entries), read straight from the bytes and bounded: at most
/// <see cref="MaximumEntries"/> entries, every offset and length checked against the file, no Zip64, no archive split
/// over disks. Nothing is ever decompressed, so a zip bomb costs no more than its own bytes; the one content read is
/// the first entry's, and only when it is stored uncompressed and small (ODF's "mimetype"). Anything that does not add
/// up is no map at all (null): a broken or crafted archive is refused, not half read.
/// </summary>
public sealed class Zipmap
{
    /// <summary>A Word or OpenDocument text has a few dozen entries; thousands mean something else is going on.</summary>
    public const int MaximumEntries = 2000;

    private const uint EindeHandtekening = 0x06054b50;
    private const uint MapHandtekening = 0x02014b50;
    private const uint LokaleHandtekening = 0x04034b50;
    private const int EindeLengte = 22;
    private const int MapKopLengte = 46;
    private const int LokaleKopLengte = 30;
    private const int MaximumEersteInhoud = 256;

    private Zipmap(IReadOnlyList<string> namen, byte[] eersteInhoud)
    {
        Namen = namen;
        EersteInhoud = eersteInhoud;
    }

    /// <summary>The entries' names in the order of the directory.</summary>
    public IReadOnlyList<string> Namen { get; }

    /// <summary>The first entry's bytes when it is stored uncompressed and small (else empty).</summary>
    public byte[] EersteInhoud { get; }

    public static Zipmap? Lees(ReadOnlySpan<byte> zip)
    {
        var einde = ZoekEinde(zip);
        if (einde < 0)
        {
            return null;
        }

        var kop = zip[einde..];
        var schijf = BinaryPrimitives.ReadUInt16LittleEndian(kop[4..]);
        var mapSchijf = BinaryPrimitives.ReadUInt16LittleEndian(kop[6..]);
        var aantalHier = BinaryPrimitives.ReadUInt16LittleEndian(kop[8..]);
        var aantal = BinaryPrimitives.ReadUInt16LittleEndian(kop[10..]);
        var mapGrootte = BinaryPrimitives.ReadUInt32LittleEndian(kop[12..]);
        var mapBegin = BinaryPrimitives.ReadUInt32LittleEndian(kop[16..]);
        if (schijf != 0 || mapSchijf != 0 || aantalHier != aantal || aantal == 0 || aantal > MaximumEntries
            || (long)mapBegin + mapGrootte > einde)
        {
            return null;
        }

        var map = zip.Slice((int)mapBegin, (int)mapGrootte);
        var namen = new List<string>(aantal);
        var eersteInhoud = Array.Empty<byte>();
        var plek = 0;
        for (var i = 0; i < aantal; i++)
        {
            if (plek + MapKopLengte > map.Length || BinaryPrimitives.ReadUInt32LittleEndian(map[plek..]) != MapHandtekening)
            {
                return null;
            }

            var methode = BinaryPrimitives.ReadUInt16LittleEndian(map[(plek + 10)..]);
            var gecomprimeerd = BinaryPrimitives.ReadUInt32LittleEndian(map[(plek + 20)..]);
            var naamLengte = BinaryPrimitives.ReadUInt16LittleEndian(map[(plek + 28)..]);
            var extraLengte = BinaryPrimitives.ReadUInt16LittleEndian(map[(plek + 30)..]);
            var commentaarLengte = BinaryPrimitives.ReadUInt16LittleEndian(map[(plek + 32)..]);
            var lokaal = BinaryPrimitives.ReadUInt32LittleEndian(map[(plek + 42)..]);
            var volgende = plek + MapKopLengte + naamLengte + extraLengte + commentaarLengte;
            if (volgende > map.Length || lokaal >= mapBegin || (long)lokaal + gecomprimeerd > mapBegin)
            {
                return null;
            }

            namen.Add(Encoding.UTF8.GetString(map.Slice(plek + MapKopLengte, naamLengte)));
            if (i == 0 && methode == 0 && gecomprimeerd <= MaximumEersteInhoud)
            {
                eersteInhoud = LeesOpgeslagen(zip, (int)lokaal, (int)gecomprimeerd, mapBegin);
            }

            plek = volgende;
        }

        return new Zipmap(namen, eersteInhoud);
    }

    /// <summary>The end-of-directory record: the last 22 bytes, or earlier by at most a comment of 65,535 bytes.</summary>
    private static int ZoekEinde(ReadOnlySpan<byte> zip)
    {
        for (var i = zip.Length - EindeLengte; i >= 0 && i >= zip.Length - EindeLengte - ushort.MaxValue; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) == EindeHandtekening
                && i + EindeLengte + BinaryPrimitives.ReadUInt16LittleEndian(zip[(i + 20)..]) == zip.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static byte[] LeesOpgeslagen(ReadOnlySpan<byte> zip, int lokaal, int lengte, uint mapBegin)
    {
        if (lokaal + LokaleKopLengte > mapBegin || BinaryPrimitives.ReadUInt32LittleEndian(zip[lokaal..]) != LokaleHandtekening)
        {
            return [];
        }

        var begin = lokaal + LokaleKopLengte
            + BinaryPrimitives.ReadUInt16LittleEndian(zip[(lokaal + 26)..])
            + BinaryPrimitives.ReadUInt16LittleEndian(zip[(lokaal + 28)..]);
        return begin + lengte > mapBegin ? [] : zip.Slice(begin, lengte).ToArray();
    }
}
