using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Gebruikers;

/// <summary>
/// A task a medewerker of the samenwerkingsverband holds on top of the role (seed 004: the regional portfolio). The role
/// decides what a person may see; a functie adds the few steps only that task may take: the regionaal procesbegeleider
/// links an expert, the beleidsmedewerker keeps the middelen and projecten, the manager ondersteuning alone reads the
/// individual answers of a tevredenheidsonderzoek.
/// </summary>
public enum Functie
{
    RegionaalProcesbegeleider,
    Beleidsmedewerker,
    ManagerOndersteuning,
}

public static class FunctieCodes
{
    public static Codelijst<Functie> Lijst { get; } = new(
        "functie",
        new Dictionary<Functie, (string Code, string Label)>
        {
            [Functie.RegionaalProcesbegeleider] = ("regionaal-procesbegeleider", "Regionaal procesbegeleider"),
            [Functie.Beleidsmedewerker] = ("beleidsmedewerker", "Beleidsmedewerker"),
            [Functie.ManagerOndersteuning] = ("manager-ondersteuning", "Manager ondersteuning"),
        });

    public static string Code(this Functie functie) => Lijst.Code(functie);
}
