using System.Collections.Frozen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// One of the numbered lists of the Edustandaard file "OSO codelijsten" that the XSD leaves to the OSO validation XSLT.
/// <paramref name="Waarden"/> are the codes in the order people read them; <paramref name="Bron"/> says where they come from,
/// because we do not have the official file itself.
/// </summary>
public sealed record OsoCodelijst(int Nummer, string Naam, IReadOnlyList<string> Waarden, string Bron)
{
    private readonly FrozenSet<string> _set = Waarden.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>OSO codes are exact: "Ja", not "ja" (the XSLT compares strings).</summary>
    public bool Kent(string code) => _set.Contains(code);
}
