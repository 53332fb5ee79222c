using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Expertinzet;

/// <summary>
/// Where an expert inzet is on the HGW cycle (seed 004, routekaart steps 4–6): waiting for the procesbegeleider to link
/// an expert, then the voorbereidende stap, waarnemen, begrijpen, plannen, realiseren, evaluatie, and closed.
/// </summary>
public enum ExpertinzetStatus
{
    WachtOpExpert,
    Voorbereiding,
    Waarnemen,
    Begrijpen,
    Plannen,
    Realiseren,
    Evaluatie,
    Afgesloten,
}

/// <summary>A step of the inzet's lifecycle (<see cref="ExpertinzetLevenscyclus"/>).</summary>
public enum ExpertinzetStap
{
    Koppeling,
    Ontkoppeling,
    Waarnemen,
    Begrijpen,
    Samenvatting,
    Plannen,
    Plan,
    Realiseren,
    Evaluatie,
    Afsluiting,
    Notitie,
    Urenregistratie,
    Urenintrekking,
}

/// <summary>How an inzet ended (routekaart step 6).</summary>
public enum Inzetresultaat
{
    /// <summary>The goals were reached; the expert's advice for the school is shared in the netwerk.</summary>
    DoelenBehaald,

    /// <summary>The goals were not reached and the case goes back to the lokaal netwerk.</summary>
    TerugNaarNetwerk,

    /// <summary>The goals were not reached and the pupil is referred to a partner.</summary>
    Verwezen,
}

/// <summary>The partner a pupil is referred to when the goals were not reached.</summary>
public enum Verwijzing
{
    Jeugdhulp,
    Arts,
    Cluster1,
    Cluster2,
}

/// <summary>What the expert did in the hours registered.</summary>
public enum Uractiviteit
{
    Observatie,
    GesprekLeerkrachtIb,
    GesprekOudersMetSchool,
    AnalyseDiagnostiek,
    Verslag,
    OverlegNetwerk,
    Anders,
}

public static class ExpertinzetStatusCodes
{
    public static Codelijst<ExpertinzetStatus> Lijst { get; } = new(
        "fase van de inzet",
        new Dictionary<ExpertinzetStatus, (string Code, string Label)>
        {
            [ExpertinzetStatus.WachtOpExpert] = ("wacht-op-expert", "Wacht op expert"),
            [ExpertinzetStatus.Voorbereiding] = ("voorbereiding", "Voorbereiding"),
            [ExpertinzetStatus.Waarnemen] = ("waarnemen", "Waarnemen"),
            [ExpertinzetStatus.Begrijpen] = ("begrijpen", "Begrijpen"),
            [ExpertinzetStatus.Plannen] = ("plannen", "Plannen"),
            [ExpertinzetStatus.Realiseren] = ("realiseren", "Realiseren"),
            [ExpertinzetStatus.Evaluatie] = ("evaluatie", "Evaluatie"),
            [ExpertinzetStatus.Afgesloten] = ("afgesloten", "Afgesloten"),
        });
}

public static class ExpertinzetStapCodes
{
    public static Codelijst<ExpertinzetStap> Lijst { get; } = new(
        "stap van de inzet",
        new Dictionary<ExpertinzetStap, (string Code, string Label)>
        {
            [ExpertinzetStap.Koppeling] = ("koppeling", "Expert koppelen"),
            [ExpertinzetStap.Ontkoppeling] = ("ontkoppeling", "Expert ontkoppelen"),
            [ExpertinzetStap.Waarnemen] = ("waarnemen", "Naar waarnemen"),
            [ExpertinzetStap.Begrijpen] = ("begrijpen", "Naar begrijpen"),
            [ExpertinzetStap.Samenvatting] = ("samenvatting", "Samenvatting delen"),
            [ExpertinzetStap.Plannen] = ("plannen", "Naar plannen"),
            [ExpertinzetStap.Plan] = ("plan", "Plan van aanpak vastleggen"),
            [ExpertinzetStap.Realiseren] = ("realiseren", "Naar realiseren"),
            [ExpertinzetStap.Evaluatie] = ("evaluatie", "Naar evaluatie"),
            [ExpertinzetStap.Afsluiting] = ("afsluiting", "Afsluiten"),
            [ExpertinzetStap.Notitie] = ("notitie", "Notitie toevoegen"),
            [ExpertinzetStap.Urenregistratie] = ("urenregistratie", "Uren registreren"),
            [ExpertinzetStap.Urenintrekking] = ("urenintrekking", "Uren intrekken"),
        });
}

public static class InzetresultaatCodes
{
    public static Codelijst<Inzetresultaat> Lijst { get; } = new(
        "resultaat",
        new Dictionary<Inzetresultaat, (string Code, string Label)>
        {
            [Inzetresultaat.DoelenBehaald] = ("doelen-behaald", "Doelen behaald"),
            [Inzetresultaat.TerugNaarNetwerk] = ("terug-naar-netwerk", "Terug naar het lokaal netwerk"),
            [Inzetresultaat.Verwezen] = ("verwezen", "Verwezen naar een partner"),
        });
}

public static class VerwijzingCodes
{
    public static Codelijst<Verwijzing> Lijst { get; } = new(
        "verwijzing",
        new Dictionary<Verwijzing, (string Code, string Label)>
        {
            [Verwijzing.Jeugdhulp] = ("jeugdhulp", "Jeugdhulp"),
            [Verwijzing.Arts] = ("arts", "Arts"),
            [Verwijzing.Cluster1] = ("cluster-1", "Cluster 1"),
            [Verwijzing.Cluster2] = ("cluster-2", "Cluster 2"),
        });
}

public static class UractiviteitCodes
{
    public static Codelijst<Uractiviteit> Lijst { get; } = new(
        "activiteit",
        new Dictionary<Uractiviteit, (string Code, string Label)>
        {
            [Uractiviteit.Observatie] = ("observatie", "Observatie"),
            [Uractiviteit.GesprekLeerkrachtIb] = ("gesprek-leerkracht-ib", "Gesprek met leerkracht of IB'er"),
            [Uractiviteit.GesprekOudersMetSchool] = ("gesprek-ouders-met-school", "Gesprek met ouders, samen met school"),
            [Uractiviteit.AnalyseDiagnostiek] = ("analyse-diagnostiek", "Analyse of diagnostiek"),
            [Uractiviteit.Verslag] = ("verslag", "Verslag"),
            [Uractiviteit.OverlegNetwerk] = ("overleg-netwerk", "Overleg in het netwerk"),
            [Uractiviteit.Anders] = ("anders", "Anders"),
        });
}
