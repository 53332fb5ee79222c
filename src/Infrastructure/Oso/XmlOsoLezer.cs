using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Infrastructure.Oso;

/// <summary>
/// Reads a dossier in two passes over the bytes. The first streams through it with the XSD, refusing a DTD (so no
/// entity can expand or reach a file or a URL), a document deeper than <see cref="OsoGrenzen.MaxDiepte"/> and anything
/// malformed, and collects every schema violation with its line, position and XPath. Only a valid dossier is read a
/// second time into a tree. Nothing is resolved from outside: the schema is the embedded one.
/// </summary>
internal sealed class XmlOsoLezer : IOsoLezer
{
    private static readonly byte[] Doctype = "<!DOCTYPE"u8.ToArray();

    public OsoLeesresultaat Lees(ReadOnlyMemory<byte> xml)
    {
        if (xml.Length > OsoGrenzen.MaxBytes)
        {
            return OsoLeesresultaat.Geweigerd(Fout.Ongeldig(
                "dossier-te-groot",
                string.Create(CultureInfo.InvariantCulture, $"Een dossier mag hoogstens {OsoGrenzen.MaxBytes / (1024 * 1024)} MB zijn.")));
        }

        if (xml.Span.IndexOf(Doctype) >= 0)
        {
            return OsoLeesresultaat.Geweigerd(Fout.Ongeldig(
                "dtd-niet-toegestaan",
                "Een dossier mag geen DTD (<!DOCTYPE>) bevatten: die is voor een OSO-dossier niet nodig en kan de verwerking misbruiken."));
        }

        var controle = new Schemacontrole();
        try
        {
            controle.Lees(xml);
        }
        catch (XmlException e)
        {
            return OsoLeesresultaat.Geweigerd(new Fout(FoutSoort.Ongeldig, "xml-onleesbaar", "Het dossier is geen leesbare XML: " + e.Message)
            {
                Plek = new Bestandsplek(e.LineNumber, null, e.LinePosition),
            });
        }

        if (controle.Problemen.Count > 0 || controle.Afgekapt)
        {
            return new OsoLeesresultaat(null, controle.Problemen, controle.Afgekapt);
        }

        using var reader = XmlReader.Create(new MemoryStream(xml.ToArray(), writable: false), VeiligeInstellingen());
        var dossier = XDocument.Load(reader, LoadOptions.SetLineInfo);
        return dossier.Root?.Name == XName.Get("dossier", OsoSchema.Namespace)
            ? OsoLeesresultaat.Gelezen(dossier)
            : OsoLeesresultaat.Geweigerd(Fout.Ongeldig(
                "geen-oso-dossier",
                $"Dit is geen OSO-dossier: het eerste element moet <dossier> zijn, in de namespace {OsoSchema.Namespace} (OSO gegevensset {OsoSchema.Versie})."));
    }

    /// <summary>No DTD, no resolver, no comments or processing instructions, and at most the size a dossier may have.</summary>
    private static XmlReaderSettings VeiligeInstellingen() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = OsoGrenzen.MaxBytes,
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

        public void Lees(ReadOnlyMemory<byte> xml)
        {
            var instellingen = VeiligeInstellingen();
            instellingen.ValidationType = ValidationType.Schema;
            instellingen.Schemas = OsoSchema.Schemas;
            instellingen.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
            instellingen.ValidationEventHandler += (afzender, e) => Meld(afzender as XmlReader, e);
            using var reader = XmlReader.Create(new MemoryStream(xml.ToArray(), writable: false), instellingen);
            while (!Afgekapt && reader.Read())
            {
                if (reader.Depth > OsoGrenzen.MaxDiepte)
                {
                    _problemen.Clear();
                    _problemen.Add(new Fout(FoutSoort.Ongeldig, "dossier-te-diep",
                        string.Create(CultureInfo.InvariantCulture, $"Het dossier nest elementen dieper dan {OsoGrenzen.MaxDiepte} niveaus; een OSO-dossier doet dat nooit."))
                    {
                        Plek = new Bestandsplek(((IXmlLineInfo)reader).LineNumber, null, ((IXmlLineInfo)reader).LinePosition, PadVan(reader)),
                    });
                    return;
                }

                if (reader.NodeType == XmlNodeType.Element)
                {
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
            _problemen.Add(new Fout(FoutSoort.Ongeldig, "xsd-schending", $"Dit voldoet niet aan het OSO-schema {OsoSchema.Versie}: {e.Message}")
            {
                Plek = new Bestandsplek(regel, null, positie, PadVan(reader)),
            });
        }
    }
}
