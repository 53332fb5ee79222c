using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Portfolio.Casuistiek;

/// <summary>
/// The lifecycle of an anonymous case as one table: ingebracht (by the school) → besproken (the regionaal procesbegeleider puts it on a
/// bespreking of its lokaal netwerk) → uitkomst vastgelegd (the procesbegeleider). What may be corrected, and by whom: the school
/// corrects its own inbreng until the case is discussed; the procesbegeleider moves a case to another bespreking until the outcome is
/// recorded, and corrects the outcome until the school has started an expert inzet from it (then the outcome is what
/// the inzet rests on). Linking the inzet is the school's step, once, and only from the outcome 'inzet van een expert'.
/// </summary>
public static class CasusLevenscyclus
{
    // Agenda and outcomes are the regionaal procesbegeleider's task, not every SWV medewerker's (a functie on the account).
    private static readonly Functie[] Procesbegeleider = [Functie.RegionaalProcesbegeleider];

    private static readonly Rol[] School = [Rol.SchoolMedewerker];

    public static Levenscyclus<Casus, CasusStatus, CasusStap> Tabel { get; } = new(
        "Een casus",
        c => c.Status,
        CasusStatusCodes.Lijst,
        CasusStapCodes.Lijst,
        [
            new()
            {
                Code = CasusStap.Wijziging,
                Omschrijving = "corrigeren",
                Betekenis = "De school corrigeert haar inbreng, zolang de casus niet besproken is.",
                Van = [CasusStatus.Ingebracht],
                Rollen = School,
                Gebeurtenis = CasuistiekGebeurtenis.Gewijzigd,
                Meldt = (c, op) => new CasusGewijzigd(c.Id, c.Samenwerkingsverband, c.Status, op),
            },
            new()
            {
                Code = CasusStap.Bespreking,
                Omschrijving = "agenderen in een bespreking",
                Betekenis = "De casus bespreken in een netwerkbespreking van het eigen lokale netwerk (of naar een andere bespreking verplaatsen).",
                Van = [CasusStatus.Ingebracht, CasusStatus.Besproken],
                Rollen = [],
                Functies = Procesbegeleider,
                Naar = CasusStatus.Besproken,
                Gebeurtenis = CasuistiekGebeurtenis.Geagendeerd,
                Meldt = (c, op) => new CasusGeagendeerd(c.Id, c.Samenwerkingsverband, c.BesprekingId!.Value, op),
            },
            new()
            {
                Code = CasusStap.Uitkomst,
                Omschrijving = "een uitkomst geven",
                Betekenis = "De uitkomst van de bespreking vastleggen: direct advies, inzet van een expert of een vraag over basisondersteuning.",
                Van = [CasusStatus.Besproken],
                Rollen = [],
                Functies = Procesbegeleider,
                Naar = CasusStatus.UitkomstVastgelegd,
                Gebeurtenis = CasuistiekGebeurtenis.UitkomstVastgelegd,
                Meldt = (c, op) => new CasusUitkomstVastgelegd(c.Id, c.Samenwerkingsverband, c.UitkomstSoort!.Value, op),
            },
            new()
            {
                Code = CasusStap.Uitkomstcorrectie,
                Omschrijving = "de uitkomst corrigeren",
                Betekenis = "De vastgelegde uitkomst corrigeren, zolang de school er geen inzet van een expert mee is gestart.",
                Van = [CasusStatus.UitkomstVastgelegd],
                Voorwaarde = new(
                    c => c.ExpertinzetId == null,
                    Fout.Conflict("al-gekoppeld", "De school is met deze uitkomst al een inzet van een expert gestart; de uitkomst ligt vast.")),
                Rollen = [],
                Functies = Procesbegeleider,
                Gebeurtenis = CasuistiekGebeurtenis.UitkomstGecorrigeerd,
                Meldt = (c, op) => new CasusUitkomstVastgelegd(c.Id, c.Samenwerkingsverband, c.UitkomstSoort!.Value, op),
            },
            new()
            {
                Code = CasusStap.Koppeling,
                Omschrijving = "aan de inzet van een expert koppelen",
                Betekenis = "De school start vanuit de uitkomst 'inzet van een expert' de inzet voor een leerling; een casus hoort bij hoogstens één inzet.",
                Van = [CasusStatus.UitkomstVastgelegd],
                Voorwaarde = new(
                    c => c.UitkomstSoort == Uitkomstsoort.InzetExpert && c.ExpertinzetId == null,
                    Fout.Conflict(
                        "geen-vrije-inzet-expert",
                        "Alleen een casus met de uitkomst 'inzet van een expert' die nog niet voor een inzet is gebruikt, kan aan een inzet worden gekoppeld.")),
                Rollen = School,
                Gebeurtenis = CasuistiekGebeurtenis.GekoppeldAanInzet,
                Meldt = (c, op) => new CasusGekoppeldAanInzet(c.Id, c.Samenwerkingsverband, c.ExpertinzetId!.Value, op),
            },
        ]);
}
