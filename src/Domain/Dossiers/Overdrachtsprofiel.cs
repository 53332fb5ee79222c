using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>
/// The OSO PaO profile a dossier was made in (its <c>metadata/overstap</c>): the transfer to a PO or a VO
/// samenwerkingsverband. A dossier only fits a samenwerkingsverband of the same sector.
/// </summary>
public enum Overdrachtsprofiel
{
    PoSwv,
    VoSwv,
}

public static class OverdrachtsprofielCodes
{
    public static Codelijst<Overdrachtsprofiel> Lijst { get; } = new(
        "profiel",
        new Dictionary<Overdrachtsprofiel, (string Code, string Label)>
        {
            [Overdrachtsprofiel.PoSwv] = ("POSWV", "Dossier voor een samenwerkingsverband primair onderwijs"),
            [Overdrachtsprofiel.VoSwv] = ("VOSWV", "Dossier voor een samenwerkingsverband voortgezet onderwijs"),
        });

    public static Sector Sector(this Overdrachtsprofiel profiel) => profiel == Overdrachtsprofiel.PoSwv ? Organisaties.Sector.Po : Organisaties.Sector.Vo;
}
