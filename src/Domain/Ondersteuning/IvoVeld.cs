using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ondersteuning;

/// <summary>The five IVO fields, in the fixed order of the IVO model.</summary>
public enum IvoVeld
{
    AandachtEnTijd,
    Onderwijsmaterialen,
    RuimtelijkeOmgeving,
    Expertise,
    SamenwerkingMetAndereInstanties,
}

public static class IvoVeldCodes
{
    public static Codelijst<IvoVeld> Lijst { get; } = new(
        "IVO-veld",
        new Dictionary<IvoVeld, (string Code, string Label)>
        {
            [IvoVeld.AandachtEnTijd] = ("aandachtEnTijd", "Aandacht en tijd"),
            [IvoVeld.Onderwijsmaterialen] = ("onderwijsmaterialen", "Onderwijsmaterialen"),
            [IvoVeld.RuimtelijkeOmgeving] = ("ruimtelijkeOmgeving", "Ruimtelijke omgeving"),
            [IvoVeld.Expertise] = ("expertise", "Expertise"),
            [IvoVeld.SamenwerkingMetAndereInstanties] = ("samenwerkingMetAndereInstanties", "Samenwerking met andere instanties"),
        });
}
