using System.Xml.Linq;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>The names of the OSO gegevensset 2019 that the import reads.</summary>
public static class OsoNamen
{
    public const string Namespace = "http://www.edustandaard.nl/oso_gegevensset/2019/dossier";

    public static readonly XNamespace Ns = Namespace;

    /// <summary>An element name in the dossier's namespace.</summary>
    public static XName El(string lokaal) => Ns + lokaal;
}
