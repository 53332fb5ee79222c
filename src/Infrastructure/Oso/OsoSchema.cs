using System.Xml;
using System.Xml.Schema;
using PassendOnderwijs.Application.Dossiers.Oso;

namespace PassendOnderwijs.Infrastructure.Oso;

/// <summary>
/// The official OSO gegevensset XSD, version 2019.1 (Edustandaard, "Overstapprofielen technische bestanden versie
/// 2019.1 van 20190415"; the SWV PaO profiles POSWV and VOSWV are part of it). It travels inside the assembly,
/// unchanged, and is compiled once: the schema set is only read after that.
/// </summary>
internal static class OsoSchema
{
    public const string Namespace = OsoNamen.Namespace;

    public const string Versie = "2019.1";

    private const string Resource = "PassendOnderwijs.Infrastructure.Oso.OSO_gegevensset.xsd";

    private static readonly Lazy<XmlSchemaSet> Set = new(Laad, LazyThreadSafetyMode.ExecutionAndPublication);

    public static XmlSchemaSet Schemas => Set.Value;

    private static XmlSchemaSet Laad()
    {
        using var stream = typeof(OsoSchema).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the build.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var set = new XmlSchemaSet { XmlResolver = null };
        var schema = XmlSchema.Read(reader, (_, e) => throw new InvalidOperationException("The embedded OSO XSD does not read: " + e.Message, e.Exception))
            ?? throw new InvalidOperationException("The embedded OSO XSD is empty.");
        set.Add(schema);
        set.Compile();
        return set;
    }
}
