using System.Xml.Linq;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// Reads an OSO dossier (the XML a LAS exports) without trusting it: no DTD, no entities, no resolver, limits on size
/// and depth, and checked against the official OSO gegevensset XSD. Only a dossier that passes comes back as a tree.
/// </summary>
public interface IOsoLezer
{
    OsoLeesresultaat Lees(ReadOnlyMemory<byte> xml);
}

/// <summary>
/// The dossier as a tree with line numbers (when it could be read and is valid), or every problem found, up to
/// <see cref="OsoGrenzen.MaxProblemen"/>; <paramref name="Afgekapt"/> says there were more.
/// </summary>
public sealed record OsoLeesresultaat(XDocument? Dossier, IReadOnlyList<Fout> Problemen, bool Afgekapt)
{
    public static OsoLeesresultaat Gelezen(XDocument dossier) => new(dossier, [], Afgekapt: false);

    public static OsoLeesresultaat Geweigerd(Fout probleem) => new(null, [probleem], Afgekapt: false);
}
