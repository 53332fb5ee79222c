namespace PassendOnderwijs.Api.OpenApi;

/// <summary>How a query or path parameter is documented in the contract (pattern, example, description).</summary>
internal sealed record ParameterBeschrijving(string Naam, string Beschrijving, string? Patroon, string Voorbeeld, string? Formaat = null);

internal static partial class ContractParameters
{
    public static readonly ParameterBeschrijving Leerjaar = new(
        "leerjaar",
        "Het leerjaar (schooljaar, 1 augustus tot en met 31 juli), als twee opeenvolgende jaren. Standaard: het huidige leerjaar.",
        "^[0-9]{4}-[0-9]{4}$",
        "2026-2027");

    public static readonly ParameterBeschrijving Kalenderjaar = new(
        "jaar", "Het kalenderjaar, zoals de middelen en de samenwerkingsprojecten het kennen.", "^[0-9]{4}$", "2026");

    public static readonly ParameterBeschrijving ExpertiseCode = new(
        "code",
        "Een code uit RIO's waardelijst \"Expertises so, vso\".",
        Domain.Expertises.ExpertiseCode.Patroon,
        "AUTISMESPECTRUMSTOORNISSEN");

    public static readonly ParameterBeschrijving GebruikerId = new(
        "id", "Het id van het account.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving MeldingId = new(
        "id", "Het id van de melding.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving DeskundigeId = new(
        "id", "Het id van de deskundige in het register.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ExpertId = new(
        "expertId", "Het id van het account van de expert.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving Regio = new(
        "regio", "De naam van een regio van het samenwerkingsverband, zoals in de indeling.", Patroon: null, "Noord");

    public static readonly ParameterBeschrijving CasusId = new(
        "casusId", "Het id van de casus.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving OnderzoekId = new(
        "onderzoekId", "Het id van het tevredenheidsonderzoek.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving BesprekingId = new(
        "besprekingId", "Het id van de netwerkbespreking.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving SwvCode = new(
        "code", "De code van het samenwerkingsverband: PO of VO en vier cijfers.", Domain.Organisaties.SwvCode.Patroon, "PO2705");

    public static readonly ParameterBeschrijving ClientId = new(
        "clientId", "De client_id van de koppeling.", Patroon: null, "k-1a2b3c4d5e6f7a8b");

    public static readonly ParameterBeschrijving ObaCode = new(
        "code", "De RIO-code van de onderwijsbegeleidingsaanbieder.", Domain.Begeleidingsaanbod.ObaCode.Patroon, "123A456");

    public static readonly ParameterBeschrijving AanbodId = new(
        "aanbodId", "Het id van het aangeboden begeleiding.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ExpertiseFilter = ExpertiseCode with
    {
        Naam = "expertise",
        Beschrijving = "Alleen aanbieders die deze expertise aanbieden (code uit de waardelijst).",
    };

    public static readonly ParameterBeschrijving Werkgebied = new(
        "werkgebied",
        "Alleen aanbod dat dit gebied dekt: een samenwerkingsverband (PO2705) of een postcodegebied van vier cijfers (3811). Landelijk aanbod dekt elk gebied.",
        "^(" + Domain.Organisaties.SwvCode.Vorm + "|" + Domain.Begeleidingsaanbod.Werkgebied.Postcodevorm + ")$",
        "PO2705");

    public static readonly ParameterBeschrijving GeldigOp = new(
        "geldigOp", "Alleen aanbod dat op deze dag geldt.", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2026-11-24", Formaat: "date");

    public static readonly ParameterBeschrijving GewijzigdSinds = new(
        "gewijzigdSinds", "Alleen aanbieders die op of na dit tijdstip (met tijdzone) zijn gewijzigd.", Patroon: null, "2026-11-01T00:00:00Z", Formaat: "date-time");

    public static readonly ParameterBeschrijving WijzigingenToken = new(
        "token", "Het wijzigingenToken van de laatste pagina van uw volledige synchronisatie, of van uw vorige aanroep hier. Ondoorzichtig en ondertekend: stuur het ongewijzigd terug.",
        Patroon: null,
        "AQIB0gnYlS0AAAAA6tn4Dkz0Y2oVe1xqGvKQbg");

    public static readonly ParameterBeschrijving Vestiging = new(
        "vestiging", "BRIN en vestigingsnummer van de school.", Domain.Organisaties.VestigingCode.Patroon, "12AB00");

    public static readonly ParameterBeschrijving VestigingFilter = Vestiging with { Beschrijving = "Alleen van deze vestiging (BRIN en vestigingsnummer)." };

    // The code lists themselves (enum and meanings) come from [CodeUit] on the query's property.
    public static readonly ParameterBeschrijving SoortSchool = new(
        "soort", "Alleen scholen van deze soort.", Patroon: null, "SBO");

    public static readonly ParameterBeschrijving DossierimportId = new(
        "dossierimportId", "Het id van de dossierimport (het antwoord op het aanleveren van het dossier).", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving LeerlingId = new(
        "leerlingId", "Het id van de leerling.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving BetrokkeneId = new(
        "betrokkeneId", "Het id van de betrokkenheid van een expert bij de leerling.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving OuderId = new(
        "ouderId", "Het id van het account van de ouder of verzorger.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ToestemmingId = new(
        "toestemmingId", "Het id van de toestemming.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ArrangementId = new(
        "arrangementId", "Het id van het arrangement.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ThuiszitterId = new(
        "thuiszitterId", "Het id van de registratie in het thuiszittersregister.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ExpertinzetId = new(
        "expertinzetId", "Het id van de inzet van een expert.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving UrenregistratieId = new(
        "registratieId", "Het id van de urenregistratie.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving TlvId = new(
        "tlvId", "Het id van de toelaatbaarheidsverklaring.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving OppId = new(
        "oppId", "Het id van het ontwikkelingsperspectiefplan (OPP).", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving AanmeldingId = new(
        "aanmeldingId", "Het id van de aanmelding.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving DocumentId = new(
        "documentId", "Het id van het document.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    /// <summary>A version of an OPP by its number (1, 2, ...), as in <c>versies[].nummer</c>; not the ETag.</summary>
    public static readonly ParameterBeschrijving OppVersienummer = new(
        "versie", "Het nummer van de versie van het OPP (1 is de eerste).", "^[0-9]+$", "1");

    public static readonly ParameterBeschrijving VanVersie = new(
        "van", "De oudere versie (nummer). Standaard: de geldende versie, of anders de voorlaatste.", "^[0-9]+$", "1");

    public static readonly ParameterBeschrijving NaarVersie = new(
        "naar", "De nieuwere versie (nummer). Standaard: de laatste versie.", "^[0-9]+$", "2");

    public static readonly ParameterBeschrijving ArrangementStatus = new(
        "status", "Alleen arrangementen met deze status.", Patroon: null, "actief");

    public static readonly ParameterBeschrijving SoortArrangement = new(
        "soort",
        "Alleen arrangementen van deze soort.",
        Patroon: null,
        "onderwijsarrangement");

    public static readonly ParameterBeschrijving PeriodeVan = new(
        "periodeVan", "Alleen arrangementen die op of na deze dag nog lopen.", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2026-08-01", Formaat: "date");

    public static readonly ParameterBeschrijving PeriodeTot = new(
        "periodeTot", "Alleen arrangementen die op of voor deze dag ingaan.", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2027-07-31", Formaat: "date");

    public static TBuilder MetParameter<TBuilder>(this TBuilder builder, ParameterBeschrijving parameter)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(parameter);
}
