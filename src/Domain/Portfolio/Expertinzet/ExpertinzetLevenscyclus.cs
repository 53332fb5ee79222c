using System.Linq.Expressions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Portfolio.Expertinzet;

/// <summary>
/// The HGW cycle of an expert inzet as one table (seed 004, routekaart steps 4–6): wacht op expert → voorbereiding →
/// waarnemen → begrijpen → plannen → realiseren → evaluatie → afgesloten. Who takes which step follows the handbook:
/// <list type="bullet">
/// <item>The regionaal procesbegeleider (SWV staff; the lead narrows it to that functie) links and unlinks the expert.</item>
/// <item>The school stays owner of the process: it and the expert move the cycle on together (either may take a phase
/// step), add notes, lay down the plan van aanpak and close the inzet.</item>
/// <item>Only the expert shares the summary of begrijpen and registers (and withdraws) hours; once the plan has a
/// budget, only the school or the SWV changes it (the aggregate checks that), so the expert never raises their own.</item>
/// <item>SWV staff may adjust the plan (capacity) and close an inzet, and may add notes, but take no phase steps.</item>
/// </list>
/// The werkvoorraad: the procesbegeleider links the expert; the linked expert carries the cycle (each next phase, the
/// summary, closing); the school lays down the plan van aanpak. Each line is due by the phase's target
/// (<see cref="Streefdatum"/>). Registering hours and notes wait for no moment, so they are no line.
/// </summary>
public static class ExpertinzetLevenscyclus
{
    private static readonly Rol[] Swv = [Rol.SwvMedewerker];
    private static readonly Rol[] SchoolEnExpert = [Rol.SchoolMedewerker, Rol.Expert];
    private static readonly Rol[] Iedereen = [Rol.SchoolMedewerker, Rol.Expert, Rol.SwvMedewerker];
    private static readonly Rol[] AlleenExpert = [Rol.Expert];

    /// <summary>The phases in which an expert is linked and works.</summary>
    public static IReadOnlyList<ExpertinzetStatus> Lopend { get; } =
    [
        ExpertinzetStatus.Voorbereiding, ExpertinzetStatus.Waarnemen, ExpertinzetStatus.Begrijpen,
        ExpertinzetStatus.Plannen, ExpertinzetStatus.Realiseren, ExpertinzetStatus.Evaluatie,
    ];

    private static readonly ExpertinzetStatus[] Open = [ExpertinzetStatus.WachtOpExpert, .. Lopend];

    /// <summary>The samenwerkingsverband's target for linking an expert, from the day the inzet waits for one.</summary>
    public const int KoppelenBinnenDagen = 14;

    /// <summary>The target for each phase before realiseren (voorbereiding, waarnemen, begrijpen, plannen), from its first day.</summary>
    public const int FaseBinnenDagen = 28;

    /// <summary>The target for closing the inzet, from the first day of its evaluatie.</summary>
    public const int AfsluitenBinnenDagen = 14;

    /// <summary>Every line of the inzet is due by the target of its current phase.</summary>
    private static readonly Expression<Func<Expertinzet, DateOnly>> DoorDeStreefdatum = i => i.FaseStreefdatum!.Value;

    /// <summary>
    /// By when a phase that began on <paramref name="vanaf"/> should be done: a target of the samenwerkingsverband, not a
    /// legal term. Realiseren lasts as long as the plan's interventions; a closed inzet has none.
    /// </summary>
    public static DateOnly? Streefdatum(ExpertinzetStatus status, DateOnly vanaf, PlanVanAanpak? plan) => status switch
    {
        ExpertinzetStatus.WachtOpExpert => vanaf.AddDays(KoppelenBinnenDagen),
        ExpertinzetStatus.Realiseren when plan is { Interventies.Count: > 0 } => plan.Interventies.Max(i => i.Tot),
        ExpertinzetStatus.Evaluatie => vanaf.AddDays(AfsluitenBinnenDagen),
        ExpertinzetStatus.Afgesloten => null,
        _ => vanaf.AddDays(FaseBinnenDagen),
    };

    public static Levenscyclus<Expertinzet, ExpertinzetStatus, ExpertinzetStap> Tabel { get; } = new(
        "Een inzet van een expert",
        i => i.Status,
        ExpertinzetStatusCodes.Lijst,
        ExpertinzetStapCodes.Lijst,
        [
            new()
            {
                Code = ExpertinzetStap.Koppeling,
                Omschrijving = "aan een expert koppelen",
                Betekenis = "De regionaal procesbegeleider koppelt een expert; de voorbereidende stap begint.",
                Van = [ExpertinzetStatus.WachtOpExpert],
                Rollen = [],
                Functies = [Functie.RegionaalProcesbegeleider],
                Naar = ExpertinzetStatus.Voorbereiding,
                Gebeurtenis = InzetGebeurtenis.ExpertGekoppeld,
                Meldt = (i, op) => new ExpertinzetExpertGekoppeld(i.Id, i.Samenwerkingsverband, i.Status, op, i.ExpertId.GetValueOrDefault()),
                Werkvoorraad = new("expert-koppelen", _ => "De school wacht op een expert: koppel er een aan de inzet", DoorDeStreefdatum),
            },
            new()
            {
                Code = ExpertinzetStap.Ontkoppeling,
                Omschrijving = "van de expert ontkoppelen",
                Betekenis = "De expert ontkoppelen; de inzet wacht op een andere expert.",
                Van = Lopend,
                Rollen = [],
                Functies = [Functie.RegionaalProcesbegeleider],
                Naar = ExpertinzetStatus.WachtOpExpert,
                Gebeurtenis = InzetGebeurtenis.ExpertOntkoppeld,
                Meldt = (i, op) => new ExpertinzetExpertOntkoppeld(i.Id, i.Samenwerkingsverband, i.Status, op),
            },
            Fase(ExpertinzetStap.Waarnemen, ExpertinzetStatus.Voorbereiding, ExpertinzetStatus.Waarnemen, "naar waarnemen brengen",
                "De voorbereiding afronden (vraag, verwachtingen en rollen zijn helder) en gaan waarnemen.",
                "Voorbereiding: maak met de school de vraag, verwachtingen en rollen helder en ga naar waarnemen"),
            Fase(ExpertinzetStap.Begrijpen, ExpertinzetStatus.Waarnemen, ExpertinzetStatus.Begrijpen, "naar begrijpen brengen",
                "Het waarnemen afronden en gaan begrijpen.", "Waarnemen: rond het waarnemen af en ga naar begrijpen"),
            new()
            {
                Code = ExpertinzetStap.Samenvatting,
                Omschrijving = "een samenvatting laten delen",
                Betekenis = "De expert deelt de samenvatting met conclusies en praktische aanbevelingen, alleen over de leerling.",
                Van = [ExpertinzetStatus.Begrijpen],
                Rollen = AlleenExpert,
                Gebeurtenis = InzetGebeurtenis.SamenvattingGedeeld,
                Meldt = (i, op) => new ExpertinzetSamenvattingGedeeld(i.Id, i.Samenwerkingsverband, i.Status, op),
                Werkvoorraad = new(
                    "samenvatting-delen",
                    _ => "Begrijpen: deel de samenvatting met conclusies en praktische aanbevelingen",
                    DoorDeStreefdatum,
                    Wanneer: _ => i => i.Samenvatting == null,
                    Betrokken: DeGekoppeldeExpert),
            },
            Fase(ExpertinzetStap.Plannen, ExpertinzetStatus.Begrijpen, ExpertinzetStatus.Plannen, "naar plannen brengen",
                "Het begrijpen afronden en het plan van aanpak maken; kan pas als de expert de samenvatting heeft gedeeld.",
                "De samenvatting is gedeeld: ga naar plannen",
                new(i => i.Samenvatting != null, Fout.Conflict("samenvatting-vereist", "De expert deelt eerst de samenvatting met conclusies en aanbevelingen."))),
            new()
            {
                Code = ExpertinzetStap.Plan,
                Omschrijving = "een plan van aanpak geven",
                Betekenis = "Het plan van aanpak vastleggen of bijstellen: doelen, interventies met tijdpad en wie wat doet, en het urenbudget.",
                Van = [ExpertinzetStatus.Plannen, ExpertinzetStatus.Realiseren],
                Rollen = Iedereen,
                Gebeurtenis = InzetGebeurtenis.PlanVastgelegd,
                Meldt = (i, op) => new ExpertinzetPlanVastgelegd(i.Id, i.Samenwerkingsverband, i.Status, op),

                // The school owns the process: the first plan is its to-do; adjusting it later is no line.
                Werkvoorraad = new(
                    "plan-vastleggen",
                    _ => "Plannen: leg het plan van aanpak vast, met doelen, interventies en het urenbudget",
                    DoorDeStreefdatum,
                    Wanneer: _ => i => i.UrenBudget == null,
                    Voor: [Rol.SchoolMedewerker]),
            },
            Fase(ExpertinzetStap.Realiseren, ExpertinzetStatus.Plannen, ExpertinzetStatus.Realiseren, "naar realiseren brengen",
                "Het plan van aanpak uitvoeren; kan pas als er een plan van aanpak is.", "Het plan van aanpak ligt vast: ga naar realiseren",
                new(i => i.UrenBudget != null, Fout.Conflict("plan-vereist", "Leg eerst het plan van aanpak vast."))),
            Fase(ExpertinzetStap.Evaluatie, ExpertinzetStatus.Realiseren, ExpertinzetStatus.Evaluatie, "naar evaluatie brengen",
                "Het realiseren afronden en evalueren of de doelen zijn behaald.", "De interventies van het plan lopen af: ga naar evaluatie",
                wanneer: horizon => i => i.FaseStreefdatum <= horizon),
            new()
            {
                Code = ExpertinzetStap.Afsluiting,
                Omschrijving = "afsluiten",
                Betekenis = "De inzet afsluiten met het resultaat: doelen behaald (met het advies van de expert), terug naar het netwerk, of verwezen.",
                Van = [ExpertinzetStatus.Evaluatie],
                Rollen = Iedereen,
                Naar = ExpertinzetStatus.Afgesloten,
                Gebeurtenis = InzetGebeurtenis.Afgesloten,
                Meldt = (i, op) => new ExpertinzetAfgesloten(
                    i.Id, i.Samenwerkingsverband, i.Status, op, i.Afsluiting!.Resultaat, i.ExpertId, i.Vestiging.Waarde, i.Expertisegebied),
                Werkvoorraad = new(
                    "afsluiten",
                    _ => "Evaluatie: bespreek met de school of de doelen zijn behaald en sluit de inzet af",
                    DoorDeStreefdatum,
                    Voor: AlleenExpert,
                    Betrokken: DeGekoppeldeExpert),
            },
            new()
            {
                Code = ExpertinzetStap.Notitie,
                Omschrijving = "een notitie geven",
                Betekenis = "Een notitie bij de huidige fase toevoegen.",
                Van = Open,
                Rollen = Iedereen,
                Gebeurtenis = InzetGebeurtenis.NotitieToegevoegd,
                Meldt = (i, op) => new ExpertinzetNotitieToegevoegd(i.Id, i.Samenwerkingsverband, i.Status, op),
            },
            new()
            {
                Code = ExpertinzetStap.Urenregistratie,
                Omschrijving = "uren laten registreren",
                Betekenis = "De gekoppelde expert registreert gewerkte uren (in kwartieren), binnen het budget van het plan van aanpak.",
                Van = Lopend,
                Rollen = AlleenExpert,
                Gebeurtenis = InzetGebeurtenis.UrenGeregistreerd,
                Meldt = (i, op) => new ExpertinzetUrenGeregistreerd(i.Id, i.Samenwerkingsverband, i.Status, op),
            },
            new()
            {
                Code = ExpertinzetStap.Urenintrekking,
                Omschrijving = "uren laten intrekken",
                Betekenis = "De expert trekt een eigen urenregistratie in; zij blijft in de geschiedenis maar telt niet meer mee.",
                Van = Lopend,
                Rollen = AlleenExpert,
                Gebeurtenis = InzetGebeurtenis.UrenIngetrokken,
                Meldt = (i, op) => new ExpertinzetUrenIngetrokken(i.Id, i.Samenwerkingsverband, i.Status, op),
            },
        ]);

    /// <summary>
    /// A phase step: the school and the expert take it together, but it waits for the linked expert, who carries the
    /// cycle (<paramref name="waarom"/> says so in their werkvoorraad).
    /// </summary>
    private static Stap<Expertinzet, ExpertinzetStatus, ExpertinzetStap> Fase(
        ExpertinzetStap code, ExpertinzetStatus van, ExpertinzetStatus naar, string omschrijving, string betekenis, string waarom,
        Voorwaarde<Expertinzet>? voorwaarde = null, Func<DateOnly, Expression<Func<Expertinzet, bool>>>? wanneer = null) =>
        new()
        {
            Code = code,
            Omschrijving = omschrijving,
            Betekenis = betekenis,
            Van = [van],
            Voorwaarde = voorwaarde,
            Rollen = SchoolEnExpert,
            Naar = naar,
            Gebeurtenis = InzetGebeurtenis.FaseGewijzigd,
            Meldt = (i, op) => new ExpertinzetFaseGewijzigd(i.Id, i.Samenwerkingsverband, i.Status, op),
            Werkvoorraad = new(VolgendeFase, _ => waarom, DoorDeStreefdatum, Wanneer: wanneer, Voor: AlleenExpert, Betrokken: DeGekoppeldeExpert),
        };

    /// <summary>The werkvoorraad's action of every phase step; its reason names the phase.</summary>
    public const string VolgendeFase = "volgende-fase";

    /// <summary>An expert's line is for the expert linked to the inzet (the store shows an expert only those anyway).</summary>
    private static Expression<Func<Expertinzet, bool>>? DeGekoppeldeExpert(Rol rol, Guid aanroeper) =>
        rol == Rol.Expert ? i => i.ExpertId == aanroeper : null;
}
