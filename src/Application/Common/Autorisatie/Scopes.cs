using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Common.Autorisatie;

/// <summary>
/// OAuth2 scopes, one per data service (api.md): a LAS client gets only the services its contract covers.
/// </summary>
public static class Scopes
{
    public const string AanbiedersLezen = "aanbieders.lezen";
    public const string ArrangementenLezen = "arrangementen.lezen";
    public const string ArrangementenSchrijven = "arrangementen.schrijven";
    public const string LeerlingenLezen = "leerlingen.lezen";
    public const string LeerlingenKoppelen = "leerlingen.koppelen";
    public const string TlvLezen = "tlv.lezen";
    public const string OppLezen = "opp.lezen";
    public const string OppRegistreren = OppLevenscyclus.RodRegistrerenScope;
    public const string DossiersAanleveren = "dossiers.aanleveren";
    public const string LeerlingaantallenAanleveren = "leerlingaantallen.aanleveren";
    public const string NotificatiesLezen = "notificaties.lezen";
    public const string WebhooksBeheren = "webhooks.beheren";

    public static IReadOnlyDictionary<string, string> Omschrijvingen { get; } = new Dictionary<string, string>
    {
        [AanbiedersLezen] = "Onderwijsbegeleidingsaanbieders en hun aanbod lezen.",
        [ArrangementenLezen] = "Arrangementen van leerlingen van de eigen scholen lezen.",
        [ArrangementenSchrijven] = "Arrangementen van leerlingen van de eigen scholen aanvragen en wijzigen.",
        [LeerlingenLezen] = "Leerlinggegevens van de eigen scholen lezen.",
        [LeerlingenKoppelen] = "De eigen leerlingsleutel van het LAS vastleggen bij leerlingen van de eigen scholen, zodat het LAS ze daarna zonder namen herkent.",
        [TlvLezen] = "Toelaatbaarheidsverklaringen lezen die de eigen scholen aanvroegen of die voor de eigen scholen zijn afgegeven.",
        [OppLezen] = "Van de OPP's van leerlingen van de eigen scholen de gegevens voor ROD lezen (begin- en einddatum en of die geregistreerd zijn), nooit de inhoud.",
        [OppRegistreren] = "Bevestigen dat de begin- of einddatum van een OPP van een leerling van de eigen scholen in ROD is geregistreerd.",
        [DossiersAanleveren] = "OSO-dossiers van leerlingen van de eigen scholen aanleveren (het overdrachtsdossier voor het samenwerkingsverband).",
        [LeerlingaantallenAanleveren] = "De leerlingaantallen van de eigen scholen per teldatum (1 oktober) aanleveren, voor het deelnamepercentage van het samenwerkingsverband (alleen aantallen, nooit leerlinggegevens).",
        [NotificatiesLezen] = "De notificaties lezen: welke arrangementen, TLV's en OPP's van de eigen scholen veranderden (alleen soort, verwijzing en tijd, nooit leerlinggegevens), voor zover de koppeling die gegevens zelf mag lezen.",
        [WebhooksBeheren] = "De eigen webhook-abonnementen beheren: abonneren met een https-URL, wijzigen, pauzeren, het geheim roteren, beëindigen en het afleverlog lezen (nooit die van een andere koppeling).",
    };

    public static IReadOnlyCollection<string> Alle => (IReadOnlyCollection<string>)Omschrijvingen.Keys;
}
