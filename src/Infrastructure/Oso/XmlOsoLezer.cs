using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Infrastructure.Oso;

/// <summary>
/// Reads a dossier in two passes over the bytes. Before any parser sees them, the bytes must be UTF-8 (the byte checks
/// below only mean something then) without a DTD (so no entity can expand or reach a file or a URL). The first pass
/// streams through it with the XSD, refusing a root that is not an OSO dossier, a document deeper than
/// <see cref="OsoGrenzen.MaxDiepte"/> and anything malformed, and collects every schema violation with its line,
/// position and XPath. Only a valid dossier is read a second time into a tree. Nothing is resolved from outside: the
/// schema is the embedded one.
/// </summary>
internal sealed class XmlOsoLezer : IOsoLezer
{
    private static readonly byte[] Doctype = "<!DOCTYPE"u8.ToArray();

    private static readonly XName Dossier = XName.Get("dossier", OsoSchema.Namespace);

    public OsoLeesresultaat Lees(ReadOnlyMemory<byte> xml)
    {
        if (Voorcontrole(xml.Span) is { } geweigerd)
        {
            return OsoLeesresultaat.Geweigerd(geweigerd);
        }

        var controle = new Schemacontrole();
        try
        {
            controle.Lees(xml);
        }
        catch (XmlException e)
        {
            // The parser's own message is English and names its internals; the line and position are what helps.
            return OsoLeesresultaat.Geweigerd(new Fout(FoutSoort.Ongeldig, "xml-onleesbaar", string.Create(
                CultureInfo.InvariantCulture,
                $"Het dossier is geen goed gevormde XML. Het lezen loopt vast op regel {e.LineNumber}, positie {e.LinePosition}."))
            {
                Plek = new Bestandsplek(e.LineNumber, null, e.LinePosition),
            });
        }

        if (controle.Weigering is { } weigering)
        {
            return OsoLeesresultaat.Geweigerd(weigering);
        }

        if (controle.Problemen.Count > 0 || controle.Afgekapt)
        {
            return new OsoLeesresultaat(null, controle.Problemen, controle.Afgekapt);
        }

        using var reader = XmlReader.Create(Stroom(xml), VeiligeInstellingen());
        return OsoLeesresultaat.Gelezen(XDocument.Load(reader, LoadOptions.SetLineInfo));
    }

    /// <summary>The refusals that need no parser: too large, empty, not UTF-8, or with a DTD.</summary>
    private static Fout? Voorcontrole(ReadOnlySpan<byte> xml)
    {
        if (xml.Length > OsoGrenzen.MaxBytes)
        {
            return Fout.Ongeldig(
                "dossier-te-groot",
                string.Create(CultureInfo.InvariantCulture, $"Een dossier mag hoogstens {OsoGrenzen.MaxBytes / (1024 * 1024)} MB zijn."));
        }

        var inhoud = xml.StartsWith(Utf8Bom) ? xml[Utf8Bom.Length..] : xml;
        if (inhoud.Trim(Witruimte).IsEmpty)
        {
            return Fout.Ongeldig("dossier-leeg", "Het dossier is leeg. Stuur het OSO-dossier als XML mee.");
        }

        if (!IsUtf8(inhoud))
        {
            return Fout.Ongeldig(
                "dossier-niet-utf8",
                "Een OSO-dossier moet in UTF-8 zijn opgeslagen. Dit dossier gebruikt een andere tekenset (encoding); sla het op als UTF-8 en stuur het opnieuw.");
        }

        if (inhoud.IndexOf(Doctype) >= 0)
        {
            return Fout.Ongeldig(
                "dtd-niet-toegestaan",
                "Een dossier mag geen DTD (<!DOCTYPE>) bevatten: een OSO-dossier heeft die niet nodig en hij kan de verwerking misbruiken.");
        }

        return null;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Witruimte => " \t\r\n"u8;

    /// <summary>
    /// UTF-8 as the byte checks see it: the document starts with '&lt;' (so no UTF-16 or UTF-32, with or without their
    /// byte order mark) and its XML declaration names no other encoding. A declared UTF-16 or Latin-1 would make the
    /// parser decode the bytes differently from how <see cref="Voorcontrole"/> read them, and could hide a DTD.
    /// </summary>
    private static bool IsUtf8(ReadOnlySpan<byte> inhoud)
    {
        var begin = inhoud.TrimStart(Witruimte);
        if (begin.Length < 2 || begin[0] != (byte)'<' || begin[1] == 0)
        {
            return false;
        }

        if (!begin.StartsWith("<?xml"u8))
        {
            return true;
        }

        var einde = begin.IndexOf("?>"u8);
        var declaratie = Encoding.ASCII.GetString(einde < 0 ? begin[..Math.Min(begin.Length, 256)] : begin[..einde]);
        var plek = declaratie.IndexOf("encoding", StringComparison.Ordinal);
        if (plek < 0)
        {
            return true;
        }

        var waarde = declaratie[(plek + "encoding".Length)..].TrimStart(' ', '\t', '\r', '\n', '=').Trim();
        var naam = waarde.Length > 1 ? waarde[1..].Split(waarde[0], 2)[0] : string.Empty;
        return naam.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || naam.Equals("UTF8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The bytes as a stream without copying them when they are an array already.</summary>
    private static MemoryStream Stroom(ReadOnlyMemory<byte> xml) =>
        MemoryMarshal.TryGetArray(xml, out var deel) && deel.Array is not null
            ? new MemoryStream(deel.Array, deel.Offset, deel.Count, writable: false)
            : new MemoryStream(xml.ToArray(), writable: false);

    /// <summary>No DTD, no resolver, no comments or processing instructions, and at most the size a dossier may have.</summary>
    private static XmlReaderSettings VeiligeInstellingen() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = OsoGrenzen.MaxBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The first pass: streams with the XSD and keeps the path of open elements, so each problem gets its XPath.</summary>
    private sealed class Schemacontrole
    {
        private readonly List<Fout> _problemen = [];
        private readonly Stack<(string Pad, Dictionary<string, int> Kinderen)> _open = new();
        private readonly Dictionary<string, int> _wortel = new(StringComparer.Ordinal);

        public List<Fout> Problemen => _problemen;

        public bool Afgekapt { get; private set; }

        /// <summary>A refusal of the whole document (not an OSO dossier, too deep): the schema problems do not matter then.</summary>
        public Fout? Weigering { get; private set; }

        public void Lees(ReadOnlyMemory<byte> xml)
        {
            var instellingen = VeiligeInstellingen();
            instellingen.ValidationType = ValidationType.Schema;
            instellingen.Schemas = OsoSchema.Schemas;
            instellingen.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
            instellingen.ValidationEventHandler += (afzender, e) => Meld(afzender as XmlReader, e);
            using var reader = XmlReader.Create(Stroom(xml), instellingen);
            while (!Afgekapt && reader.Read())
            {
                if (reader.Depth > OsoGrenzen.MaxDiepte)
                {
                    Weigering = new Fout(FoutSoort.Ongeldig, "dossier-te-diep",
                        string.Create(CultureInfo.InvariantCulture, $"Het dossier nest elementen dieper dan {OsoGrenzen.MaxDiepte} niveaus; een OSO-dossier doet dat nooit."))
                    {
                        Plek = new Bestandsplek(((IXmlLineInfo)reader).LineNumber, null, ((IXmlLineInfo)reader).LinePosition, PadVan(reader)),
                    };
                    return;
                }

                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (reader.Depth == 0 && (reader.LocalName != Dossier.LocalName || reader.NamespaceURI != Dossier.NamespaceName))
                    {
                        Weigering = new Fout(FoutSoort.Ongeldig, "geen-oso-dossier",
                            $"Dit is geen OSO-dossier: het eerste element moet <dossier> zijn, in de namespace {OsoSchema.Namespace} (OSO gegevensset {OsoSchema.Versie}).")
                        {
                            Plek = new Bestandsplek(((IXmlLineInfo)reader).LineNumber, null, ((IXmlLineInfo)reader).LinePosition, "/" + reader.LocalName),
                        };
                        return;
                    }

                    var pad = PadVan(reader);
                    Kinderen().TryGetValue(reader.LocalName, out var eerder);
                    Kinderen()[reader.LocalName] = eerder + 1;
                    if (!reader.IsEmptyElement) _open.Push((pad, new Dictionary<string, int>(StringComparer.Ordinal)));
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    _open.Pop();
                }
            }
        }

        private Dictionary<string, int> Kinderen() => _open.Count == 0 ? _wortel : _open.Peek().Kinderen;

        /// <summary>
        /// The XPath of the node the reader is on: an element not yet pushed gets its place among its siblings, any
        /// other node (an end tag, text) belongs to the innermost open element.
        /// </summary>
        private string PadVan(XmlReader? reader)
        {
            var ouder = _open.Count == 0 ? string.Empty : _open.Peek().Pad;
            if (reader?.NodeType != XmlNodeType.Element) return ouder.Length == 0 ? "/" : ouder;
            Kinderen().TryGetValue(reader.LocalName, out var eerder);
            var positie = eerder + 1;
            var naam = positie == 1 ? reader.LocalName : string.Create(CultureInfo.InvariantCulture, $"{reader.LocalName}[{positie}]");
            return new StringBuilder(ouder).Append('/').Append(naam).ToString();
        }

        private void Meld(XmlReader? reader, ValidationEventArgs e)
        {
            if (_problemen.Count >= OsoGrenzen.MaxProblemen)
            {
                Afgekapt = true;
                return;
            }

            var regel = e.Exception?.LineNumber ?? (reader as IXmlLineInfo)?.LineNumber;
            var positie = e.Exception?.LinePosition ?? (reader as IXmlLineInfo)?.LinePosition;
            var (code, melding) = Schemamelding.Vertaal(e.Message);
            _problemen.Add(new Fout(FoutSoort.Ongeldig, code, melding)
            {
                Plek = new Bestandsplek(regel, null, positie, PadVan(reader)),
            });
        }
    }
}
