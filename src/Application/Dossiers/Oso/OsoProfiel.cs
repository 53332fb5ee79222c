using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The PaO profile of a dossier for a samenwerkingsverband (<c>metadata/overstap</c>, OSO codelijst 16): which sector's
/// samenwerkingsverband it is meant for. The import compares it with the sector of the receiving samenwerkingsverband.
/// </summary>
public enum OsoProfiel
{
    Poswv,
    Voswv,
}

public static class OsoProfielCodes
{
    public static Codelijst<OsoProfiel> Lijst { get; } = new(
        "OSO-profiel",
        new Dictionary<OsoProfiel, (string Code, string Label)>
        {
            [OsoProfiel.Poswv] = ("POSWV", "PO-samenwerkingsverband"),
            [OsoProfiel.Voswv] = ("VOSWV", "VO-samenwerkingsverband"),
        });
}
