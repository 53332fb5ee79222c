using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Casuistiek;

/// <summary>Who takes part in a netwerkbespreking, by role (never by name: the meeting record is about the netwerk).</summary>
public enum Deelnemersrol
{
    InternBegeleider,
    RegionaalProcesbegeleider,
    BeleidsmedewerkerSwv,
    Expert,
    Schoolleider,
    JeugdhulpWijkteam,
    Anders,
}

/// <summary>The leerjaar or groep of a case, at most as a band: an exact groep at a small school could point to one child.</summary>
public enum Leerjaarband
{
    Groep12,
    Groep34,
    Groep56,
    Groep78,
    VoOnderbouw,
    VoBovenbouw,
}

/// <summary>The one outcome of a case in the lokaal netwerk (seed 004, routekaart step 3).</summary>
public enum Uitkomstsoort
{
    DirectAdvies,
    InzetExpert,
    VraagBasisondersteuning,
}

/// <summary>What a direct advies points the school to.</summary>
public enum Adviessoort
{
    MiddelenBestuur,
    JeugdhulpOfMedisch,
    ExpertiseCluster12,
}

public static class CasuistiekCodes
{
    public static Codelijst<Deelnemersrol> Deelnemersrollen { get; } = new(
        "deelnemersrol",
        new Dictionary<Deelnemersrol, (string Code, string Label)>
        {
            [Deelnemersrol.InternBegeleider] = ("intern-begeleider", "Intern begeleider"),
            [Deelnemersrol.RegionaalProcesbegeleider] = ("regionaal-procesbegeleider", "Regionaal procesbegeleider"),
            [Deelnemersrol.BeleidsmedewerkerSwv] = ("beleidsmedewerker-swv", "Beleidsmedewerker van het samenwerkingsverband"),
            [Deelnemersrol.Expert] = ("expert", "Expert"),
            [Deelnemersrol.Schoolleider] = ("schoolleider", "Schoolleider"),
            [Deelnemersrol.JeugdhulpWijkteam] = ("jeugdhulp-wijkteam", "Jeugdhulp of wijkteam"),
            [Deelnemersrol.Anders] = ("anders", "Anders"),
        });

    public static Codelijst<Leerjaarband> Leerjaarbanden { get; } = new(
        "leerjaarband",
        new Dictionary<Leerjaarband, (string Code, string Label)>
        {
            [Leerjaarband.Groep12] = ("groep-1-2", "Groep 1 of 2"),
            [Leerjaarband.Groep34] = ("groep-3-4", "Groep 3 of 4"),
            [Leerjaarband.Groep56] = ("groep-5-6", "Groep 5 of 6"),
            [Leerjaarband.Groep78] = ("groep-7-8", "Groep 7 of 8"),
            [Leerjaarband.VoOnderbouw] = ("vo-onderbouw", "Onderbouw voortgezet onderwijs"),
            [Leerjaarband.VoBovenbouw] = ("vo-bovenbouw", "Bovenbouw voortgezet onderwijs"),
        });

    public static Codelijst<Uitkomstsoort> Uitkomstsoorten { get; } = new(
        "uitkomst",
        new Dictionary<Uitkomstsoort, (string Code, string Label)>
        {
            [Uitkomstsoort.DirectAdvies] = ("direct-advies", "Direct advies"),
            [Uitkomstsoort.InzetExpert] = ("inzet-expert", "Inzet van een expert"),
            [Uitkomstsoort.VraagBasisondersteuning] = ("vraag-basisondersteuning", "Vraag over basisondersteuning"),
        });

    public static Codelijst<Adviessoort> Adviessoorten { get; } = new(
        "soort advies",
        new Dictionary<Adviessoort, (string Code, string Label)>
        {
            [Adviessoort.MiddelenBestuur] = ("middelen-bestuur", "Middelen extra ondersteuning van het bestuur"),
            [Adviessoort.JeugdhulpOfMedisch] = ("jeugdhulp-of-medisch", "Jeugdhulp of medische ondersteuning"),
            [Adviessoort.ExpertiseCluster12] = ("expertise-cluster-1-2", "Expertise van cluster 1 of 2"),
        });
}
