using System.Linq.Expressions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>
/// The lifecycle of a toelaatbaarheidsverklaring as one table: aangevraagd → in advisering (two deskundigen asked,
/// each advises under their own account) → besloten (only after both advices) → bekendgemaakt ⇄ in bezwaar (LBT
/// advice, hoorzitting, beslissing op bezwaar) → herroepen; a request may be withdrawn before the decision. The
/// aggregate's transitions, who may send each step's command, the werkvoorraad, the <c>toegestaneStappen</c> and the
/// domain events all follow from these rows.
/// </summary>
public static class TlvLevenscyclus
{
    private static readonly Rol[] Swv = [Rol.SwvMedewerker];

    private static readonly TlvStatus[] VoorHetBesluit = [TlvStatus.Aangevraagd, TlvStatus.InAdvisering];

    /// <summary>How far ahead the werkvoorraad shows the beslistermijn of a bezwaar while the LBT's advice is awaited.</summary>
    public const int BeslistermijnVooruitDagen = 42;

    public static Levenscyclus<Toelaatbaarheidsverklaring, TlvStatus, TlvStap> Tabel { get; } = new(
        "Een toelaatbaarheidsverklaring",
        t => t.Status,
        TlvStatusCodes.Lijst,
        TlvStapCodes.Lijst,
        [
            new()
            {
                Code = TlvStap.AdviseurAanwijzing,
                Omschrijving = "een deskundige laten adviseren",
                Betekenis = "Een deskundige uit het register vragen om het eerste of tweede advies.",
                Van = VoorHetBesluit,
                Voorwaarde = new(t => t.AantalAdviezen < 2, Fout.Conflict("adviezen-compleet", "Beide deskundigen hebben al geadviseerd.")),
                Rollen = Swv,
                Naar = TlvStatus.InAdvisering,
                Gebeurtenis = TlvGebeurtenis.AdviseurAangewezen,
                Meldt = (t, op) => new TlvAdviseurAangewezen(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new(
                    "deskundigen-aanwijzen",
                    _ => "Nieuwe aanvraag: vraag twee deskundigen om advies",
                    t => t.Behandeldeadline,
                    Wanneer: _ => t => t.EersteAdvies == null || t.TweedeAdvies == null),
            },
            new()
            {
                Code = TlvStap.Advies,
                Omschrijving = "een advies uitbrengen",
                Betekenis = "Het eigen deskundigenadvies uitbrengen.",
                Van = [TlvStatus.InAdvisering],
                Voorwaarde = new(t => t.AantalAdviezen < 2, Fout.Conflict("adviezen-compleet", "Beide deskundigen hebben al geadviseerd.")),
                Rollen = [Rol.Deskundige],
                Gebeurtenis = TlvGebeurtenis.AdviesUitgebracht,
                Meldt = (t, op) => new TlvAdviesUitgebracht(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new(
                    "adviseren",
                    _ => "U bent gevraagd om advies over deze aanvraag",
                    t => t.Behandeldeadline,
                    Betrokken: GevraagdeDeskundige),
            },
            new()
            {
                Code = TlvStap.Besluit,
                Omschrijving = "besluiten",
                Betekenis = "Besluiten of de leerling toelaatbaar is, na beide deskundigenadviezen.",
                Van = [TlvStatus.InAdvisering],
                Voorwaarde = new(
                    t => t.AantalAdviezen == 2,
                    Fout.Conflict("twee-adviezen-vereist", "Besluiten kan pas als beide deskundigen hun advies hebben uitgebracht.")),
                Rollen = Swv,
                Naar = TlvStatus.Besloten,
                Gebeurtenis = TlvGebeurtenis.Besloten,
                Meldt = (t, op) => new TlvBesloten(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new("besluiten", _ => "Beide adviezen zijn binnen: neem een besluit", t => t.Behandeldeadline),
            },
            new()
            {
                Code = TlvStap.Bekendmaking,
                Omschrijving = "bekendmaken",
                Betekenis = "Vastleggen dat het besluit naar de ouders en de school is gestuurd; de bezwaartermijn begint.",
                Van = [TlvStatus.Besloten],
                Rollen = Swv,
                Naar = TlvStatus.Bekendgemaakt,
                Gebeurtenis = TlvGebeurtenis.Bekendgemaakt,
                Meldt = (t, op) => new TlvBekendgemaakt(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new("bekendmaken", _ => "Besluit genomen: stuur het naar de ouders en de school", t => t.Behandeldeadline),
            },
            new()
            {
                Code = TlvStap.Intrekking,
                Omschrijving = "intrekken",
                Betekenis = "De aanvraag intrekken voordat er een besluit is.",
                Van = VoorHetBesluit,
                Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker],
                Naar = TlvStatus.Ingetrokken,
                Gebeurtenis = TlvGebeurtenis.Ingetrokken,
                Meldt = (t, op) => new TlvIngetrokken(t.Id, t.Samenwerkingsverband, t.Status, op),
            },
            new()
            {
                Code = TlvStap.BezwaarOntvangst,
                Omschrijving = "een bezwaar registreren",
                Betekenis = "Een ontvangen bezwaarschrift registreren.",
                Van = [TlvStatus.Bekendgemaakt],
                Voorwaarde = new(
                    t => !t.BeslistOpBezwaar,
                    Fout.Conflict("al-beslist-op-bezwaar", "Er is al op bezwaar beslist; daartegen staat beroep bij de rechter open, geen nieuw bezwaar.")),
                Rollen = Swv,
                Naar = TlvStatus.InBezwaar,
                Gebeurtenis = TlvGebeurtenis.BezwaarOntvangen,
                Meldt = (t, op) => new TlvBezwaarOntvangen(t.Id, t.Samenwerkingsverband, t.Status, op),
            },
            new()
            {
                Code = TlvStap.Verschoning,
                Omschrijving = "de te late indiening verschonen",
                Betekenis = "Vastleggen waarom een te laat ingediend bezwaar toch in behandeling gaat.",
                Van = [TlvStatus.InBezwaar],
                Voorwaarde = new(
                    t => t.LopendBezwaar != null && t.LopendBezwaar.TeLaat && t.LopendBezwaar.Verschoning == null,
                    Fout.Conflict("niet-te-laat", "Het bezwaar is op tijd ingediend of de termijnoverschrijding is al verschoond.")),
                Rollen = Swv,
                Gebeurtenis = TlvGebeurtenis.Verschoond,
                Meldt = (t, op) => new TlvTermijnoverschrijdingVerschoond(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new(
                    "ontvankelijkheid-beoordelen",
                    _ => "Bezwaar te laat ontvangen: verschoon de termijnoverschrijding of verklaar het niet-ontvankelijk",
                    t => t.LopendBezwaar!.LbtAdviesaanvraagUiterlijk),
            },
            new()
            {
                Code = TlvStap.NietOntvankelijkVerklaring,
                Omschrijving = "het bezwaar niet-ontvankelijk verklaren",
                Betekenis = "Het bezwaar niet-ontvankelijk verklaren; het besluit blijft staan.",
                Van = [TlvStatus.InBezwaar],
                Voorwaarde = new(
                    t => t.LopendBezwaar != null && t.LopendBezwaar.LbtOordeel == null,
                    Fout.Conflict("lbt-heeft-geadviseerd", "De LBT heeft al geadviseerd; beslis op het bezwaar.")),
                Rollen = Swv,
                Naar = TlvStatus.Bekendgemaakt,
                Gebeurtenis = TlvGebeurtenis.NietOntvankelijk,
                Meldt = (t, op) => new TlvBezwaarNietOntvankelijk(t.Id, t.Samenwerkingsverband, t.Status, op),
            },
            new()
            {
                Code = TlvStap.LbtAdviesaanvraag,
                Omschrijving = "de LBT om advies vragen",
                Betekenis = "Het bezwaarschrift, het verweerschrift en de stukken naar de LBT en de indiener sturen en de LBT om advies vragen.",
                Van = [TlvStatus.InBezwaar],
                Voorwaarde = new(
                    t => t.LopendBezwaar != null && (!t.LopendBezwaar.TeLaat || t.LopendBezwaar.Verschoning != null) && t.LopendBezwaar.LbtGevraagdOp == null,
                    Fout.Conflict("lbt-kan-niet", "De LBT is al om advies gevraagd, of het bezwaar is te laat en de termijnoverschrijding is niet verschoond.")),
                Rollen = Swv,
                Gebeurtenis = TlvGebeurtenis.LbtAdviesGevraagd,
                Meldt = (t, op) => new TlvLbtAdviesGevraagd(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new(
                    "lbt-advies-vragen",
                    _ => "Bezwaar ontvangen: stuur de stukken naar de LBT en vraag advies (binnen 14 dagen)",
                    t => t.LopendBezwaar!.LbtAdviesaanvraagUiterlijk),
            },
            new()
            {
                Code = TlvStap.Hoorzitting,
                Omschrijving = "een hoorzitting vastleggen",
                Betekenis = "Vastleggen dat de hoorzitting is gehouden.",
                Van = [TlvStatus.InBezwaar],
                Voorwaarde = WachtOpLbt(),
                Rollen = Swv,
                Gebeurtenis = TlvGebeurtenis.HoorzittingGehouden,
                Meldt = (t, op) => new TlvHoorzittingGehouden(t.Id, t.Samenwerkingsverband, t.Status, op),
            },
            new()
            {
                Code = TlvStap.LbtAdvies,
                Omschrijving = "het advies van de LBT vastleggen",
                Betekenis = "Het advies van de LBT vastleggen: gegrond of ongegrond.",
                Van = [TlvStatus.InBezwaar],
                Voorwaarde = WachtOpLbt(),
                Rollen = Swv,
                Gebeurtenis = TlvGebeurtenis.LbtAdviesOntvangen,
                Meldt = (t, op) => new TlvLbtAdviesOntvangen(t.Id, t.Samenwerkingsverband, t.Status, op),

                // The decision term runs while the LBT deliberates: it shows before it expires, verdaging included.
                Werkvoorraad = new(
                    "beslistermijn-bewaken",
                    _ => "Wacht op het advies van de LBT; de beslistermijn loopt",
                    t => t.LopendBezwaar!.BeslissenUiterlijk,
                    Wanneer: horizon => t => t.LopendBezwaar!.BeslissenUiterlijk <= horizon.AddDays(BeslistermijnVooruitDagen)),
            },
            new()
            {
                Code = TlvStap.Verdaging,
                Omschrijving = "de beslistermijn verdagen",
                Betekenis = "De beslistermijn eenmaal met zes weken verdagen.",
                Van = [TlvStatus.InBezwaar],
                Voorwaarde = new(
                    t => t.LopendBezwaar != null && t.LopendBezwaar.Verdaging == null,
                    Fout.Conflict("al-verdaagd", "De beslistermijn is al eens verdaagd; dat kan maar één keer.")),
                Rollen = Swv,
                Gebeurtenis = TlvGebeurtenis.Verdaagd,
                Meldt = (t, op) => new TlvBeslistermijnVerdaagd(t.Id, t.Samenwerkingsverband, t.Status, op),
            },
            new()
            {
                Code = TlvStap.BeslissingOpBezwaar,
                Omschrijving = "op het bezwaar beslissen",
                Betekenis = "Beslissen op het bezwaar: handhaven, herroepen of wijzigen.",
                Van = [TlvStatus.InBezwaar],
                Voorwaarde = new(
                    t => t.LopendBezwaar != null && t.LopendBezwaar.LbtOordeel != null,
                    Fout.Conflict("lbt-advies-vereist", "Leg eerst het advies van de LBT vast.")),
                Rollen = Swv,

                // Bekendgemaakt again, or herroepen: the step itself sets which (Toelaatbaarheidsverklaring.BeslisOpBezwaar).
                Gebeurtenis = TlvGebeurtenis.BeslistOpBezwaar,
                Meldt = (t, op) => new TlvBeslistOpBezwaar(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new("beslissen-op-bezwaar", _ => "De LBT heeft geadviseerd: beslis op het bezwaar", t => t.LopendBezwaar!.BeslissenUiterlijk),
            },
            new()
            {
                Code = TlvStap.Inschrijving,
                Omschrijving = "de inschrijving bevestigen",
                Betekenis = "Bevestigen dat de ontvangende school de leerling op deze toelaatbaarheidsverklaring heeft ingeschreven.",
                Van = [TlvStatus.Bekendgemaakt, TlvStatus.InBezwaar],
                Voorwaarde = new(
                    t => t.Toelaatbaar == true && t.IngeschrevenOp == null,
                    Fout.Conflict("inschrijving-kan-niet", "Alleen een toelaatbaarheidsverklaring die toelaatbaar verklaart en nog niet gebruikt is, kan een inschrijving krijgen.")),
                Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker],
                Gebeurtenis = TlvGebeurtenis.InschrijvingBevestigd,
                Meldt = (t, op) => new TlvInschrijvingBevestigd(t.Id, t.Samenwerkingsverband, t.Status, op),
            },
            new()
            {
                Code = TlvStap.Herindicatie,
                Omschrijving = "een herindicatie aanvragen",
                Betekenis = "Een nieuwe aanvraag starten voor de periode na deze toelaatbaarheidsverklaring, ingevuld vanuit deze.",
                Van = [TlvStatus.Bekendgemaakt],
                Voorwaarde = new(
                    t => t.Toelaatbaar == true && t.Einddatum != null && t.OpgevolgdDoorId == null,
                    Fout.Conflict("herindicatie-kan-niet", "Er loopt al een herindicatie, of deze toelaatbaarheidsverklaring heeft geen einddatum.")),
                Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker],
                Gebeurtenis = TlvGebeurtenis.HerindicatieGestart,
                Meldt = (t, op) => new TlvHerindicatieGestart(t.Id, t.Samenwerkingsverband, t.Status, op),
                Werkvoorraad = new(
                    "herindicatie",
                    _ => "De toelaatbaarheidsverklaring loopt af: vraag op tijd een herindicatie aan",
                    t => t.Einddatum!.Value,
                    Wanneer: horizon => t => t.HerindicatieVanaf <= horizon),
            },
        ]);

    private static Voorwaarde<Toelaatbaarheidsverklaring> WachtOpLbt() => new(
        t => t.LopendBezwaar != null && t.LopendBezwaar.LbtGevraagdOp != null && t.LopendBezwaar.LbtOordeel == null,
        Fout.Conflict("wacht-niet-op-lbt", "Dit kan alleen nadat de LBT om advies is gevraagd en voordat zij heeft geadviseerd."));

    /// <summary>A deskundige's line: only where they were asked and have not advised yet.</summary>
    private static Expression<Func<Toelaatbaarheidsverklaring, bool>>? GevraagdeDeskundige(Rol rol, Guid aanroeper) =>
        rol == Rol.Deskundige
            ? t => (t.EersteAdvies != null && t.EersteAdvies.GebruikerId == aanroeper && t.EersteAdvies.UitgebrachtOp == null)
                || (t.TweedeAdvies != null && t.TweedeAdvies.GebruikerId == aanroeper && t.TweedeAdvies.UitgebrachtOp == null)
            : null;
}
