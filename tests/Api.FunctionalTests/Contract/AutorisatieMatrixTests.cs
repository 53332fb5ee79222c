using System.Net;
using System.Net.Http.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// Walks every operation in openapi.yaml for every kind of caller and compares the status with what this table says.
/// An operation that is not in the table fails the test: a new endpoint cannot ship without a decided policy.
/// </summary>
public class AutorisatieMatrixTests : ApiTest
{
    private const string Beheerder = "swv-beheerder";

    /// <summary>National: manages every entry of the register, and reads nothing else (no pupil or SWV data).</summary>
    private const string RegisterBeheerder = "register-beheerder";

    /// <summary>National: manages the samenwerkingsverbanden as tenants, and reads no pupil data or an SWV's own data.</summary>
    private const string PlatformBeheerder = "platform-beheerder";

    /// <summary>Expected status per operation: per caller, or "*" for every caller not listed.</summary>
    private static readonly Dictionary<string, Dictionary<string, int>> Verwacht = new()
    {
        ["geefExpertises"] = new() { ["*"] = 200 },
        ["geefExpertise"] = new() { ["*"] = 200 },
        ["geefContract"] = new() { ["*"] = 200 },
        ["geefIk"] = new() { [Aanroeper.Anoniem] = 401, ["*"] = 200 },
        ["geefKoppelingen"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },
        ["registreerKoppeling"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 201, ["*"] = 403 },
        ["geefKoppeling"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["wijzigKoppeling"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["vernieuwKoppelingGeheim"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["trekKoppelingIn"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },

        // Webhooks: the catalogue is for anyone signed in, the pull feed for koppelingen with notificaties.lezen, the
        // abonnementen of a koppeling for its SWV's beheerder (the example koppeling does not exist: 404) and for a
        // koppeling with webhooks.beheren, which only ever finds itself (the example koppeling is another one: 404).
        // Under /abonnementen a koppeling manages its own: it has none yet (the example abonnement: 404), and the
        // example URL's host does not resolve (400); a person has no abonnementen of their own (403).
        ["geefNotificatiesoorten"] = new() { [Aanroeper.Anoniem] = 401, ["*"] = 200 },
        ["geefNotificaties"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 200, ["*"] = 403 },
        ["geefAbonnementen"] = Abonnementbeheer(),
        ["maakAbonnement"] = Abonnementbeheer(),
        ["geefAbonnement"] = Abonnementbeheer(),
        ["wijzigAbonnement"] = Abonnementbeheer(),
        ["verwijderAbonnement"] = Abonnementbeheer(),
        ["roteerAbonnementGeheim"] = Abonnementbeheer(),
        ["trekVorigAbonnementGeheimIn"] = Abonnementbeheer(),
        ["geefAfleverpogingen"] = Abonnementbeheer(),
        ["bezorgOpnieuw"] = Abonnementbeheer(),
        ["geefEigenAbonnementen"] = EigenAbonnementen(200),
        ["maakEigenAbonnement"] = EigenAbonnementen(400),
        ["geefEigenAbonnement"] = EigenAbonnementen(404),
        ["wijzigEigenAbonnement"] = EigenAbonnementen(404),
        ["verwijderEigenAbonnement"] = EigenAbonnementen(404),
        ["roteerEigenAbonnementGeheim"] = EigenAbonnementen(404),
        ["trekVorigEigenAbonnementGeheimIn"] = EigenAbonnementen(404),
        ["geefEigenAfleverpogingen"] = EigenAbonnementen(404),
        ["bezorgEigenAfleveringOpnieuw"] = EigenAbonnementen(404),
        // Ouders: the pupil's school links them (the example pupil exists nowhere: 404), SWV staff read who they are;
        // an ouder reads their own children in the portal, and nothing else anywhere.
        ["geefOuders"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, [Medewerker] = 404, ["*"] = 403 },
        ["geefOuder"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, [Medewerker] = 404, ["*"] = 403 },
        ["nodigOuderUit"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["ontkoppelOuder"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["vernieuwOuderActivatiecode"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["geefMijnKinderen"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 200, ["*"] = 403 },
        ["geefMijnKind"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefTlvsVanKind"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefBeschikkingVanKind"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["dienBezwaarIn"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefArrangementenVanKind"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefTermijnenVanKind"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefMijnKindOpps"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefMijnKindOpp"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["beantwoordOppInstemming"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefVisieOpOpp"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefInzagen"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["exporteerInzagen"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefGedeeldeDocumenten"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefToestemmingenVanKind"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefToestemming"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["trekToestemmingIn"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["geefToestemmingen"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, [Medewerker] = 404, ["*"] = 403 },
        ["legToestemmingVast"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["trekToestemmingInDoorSchool"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["geefGedeeldDocument"] = new() { [Aanroeper.Anoniem] = 401, [Ouder] = 404, ["*"] = 403 },
        ["deelDocumentMetOuders"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["stopDelenMetOuders"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["registreerGebruiker"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 201, ["*"] = 403 },
        ["geefGebruikers"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },
        ["deactiveerGebruiker"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["vernieuwActivatiecode"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        // The regional portfolio: the expertboek is read by the SWV's people and its experts, kept by the beleidsmedewerker
        // and the manager ondersteuning (the example expert does not exist: 404); every regio's offer is also for schools.
        ["geefExpertboek"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, [Medewerker] = 200, ["expert"] = 200, ["*"] = 403 },
        ["geefExpertprofiel"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, [Medewerker] = 404, ["expert"] = 404, ["*"] = 403 },
        ["legExpertprofielVast"] = new() { [Aanroeper.Anoniem] = 401, ["beleidsmedewerker"] = 404, ["manager-ondersteuning"] = 404, ["*"] = 403 },
        ["geefRegioportfolio"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, [Medewerker] = 200, [School] = 200, ["expert"] = 200, ["*"] = 403 },
        ["stelRegioaanbodVast"] = new() { [Aanroeper.Anoniem] = 401, ["beleidsmedewerker"] = 404, ["manager-ondersteuning"] = 404, ["*"] = 403 },
        // The yearly evaluation is for the portfolio's functies (the example regio is not in this SWV's indeling: 404).
        ["geefPortfolioevaluatie"] = PortfolioFuncties(404),
        ["exporteerPortfolioevaluatie"] = PortfolioFuncties(404),

        // Leerlingaantallen: the bureau's beleidsinformatie functies read and enter them; a koppeling with
        // leerlingaantallen.aanleveren delivers for its own vestigingen (the example vestiging is not in the register: 422).
        ["geefDeelnamepercentage"] = Beleidsinformatie(200),
        ["exporteerDeelnamepercentage"] = Beleidsinformatie(200),
        ["geefLeerlingaantallen"] = Beleidsinformatie(200),
        ["legLeerlingaantalVast"] = new()
        {
            [Aanroeper.Anoniem] = 401, ["beleidsmedewerker"] = 422, ["manager-ondersteuning"] = 422, [Aanroeper.LasMetAlleScopes] = 422, ["*"] = 403,
        },
        // The beleidsinformatie dashboard: the same functies; the matrix's samenwerkingsverband is not set up (404).
        ["geefBeleidsinformatie"] = PortfolioFuncties(404),
        ["exporteerBeleidsinformatie"] = PortfolioFuncties(404),
        ["wijzigFuncties"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["geefAuditRegels"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },
        ["geefAuditActoren"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },

        // The register is read by every kind of staff and by LAS systems with aanbieders.lezen; an SWV administrator
        // (the owner's) or a register-beheerder changes it. The example code exists nowhere, so allowed callers get
        // 404. The administrator registers the example first, so the register-beheerder, who comes later, gets 409.
        // The platform-beheerder runs the installation and has no part in the register.
        ["zoekAanbieders"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, [PlatformBeheerder] = 403, [Deskundige] = 403, [Ouder] = 403, ["*"] = 200 },
        // The export is for the people who search the register; a LAS keeps its copy through the list and the feed.
        ["exporteerAanbieders"] = new()
        {
            [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 403, [Aanroeper.LasZonderScopes] = 403, [PlatformBeheerder] = 403, [Deskundige] = 403, [Ouder] = 403, ["*"] = 200,
        },
        // The matrix sends no token (a query parameter): refused as invalid input, after the access check.
        ["geefAanbiederWijzigingen"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, [PlatformBeheerder] = 403, [Deskundige] = 403, [Ouder] = 403, ["*"] = 400 },
        ["geefAanbieder"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, [PlatformBeheerder] = 403, [Deskundige] = 403, [Ouder] = 403, ["*"] = 404 },
        ["registreerAanbieder"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 201, [RegisterBeheerder] = 409, ["*"] = 403 },
        ["wijzigContactgegevens"] = Registerbeheer(),
        ["biedBegeleidingAan"] = Registerbeheer(),
        ["beeindigAanbod"] = Registerbeheer(),
        ["neemAanbiederUitBedrijf"] = Registerbeheer(),
        ["verwijderAanbieder"] = Registerbeheer(),

        // Organisations: every kind of staff reads them, an administrator manages them. The matrix starts with no
        // samenwerkingsverband registered (so reading and setting it up are 404); the platform-beheerder registers it
        // (201, below), after which schoolbesturen can be added.
        ["geefSamenwerkingsverband"] = Personeel(404, 404),
        ["richtSamenwerkingsverbandIn"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },

        // The tenants: the platform-beheerder only. The example code is PO2705, which it registers here; the matrix's
        // swv-beheerder of PO2705 is active already (first beheerder: 409), and suspending or reactivating without
        // If-Match is a 428.
        ["geefSamenwerkingsverbanden"] = Platform(200),
        ["registreerSamenwerkingsverband"] = Platform(201),
        ["geefSamenwerkingsverbandStatus"] = Platform(200),
        ["maakEersteBeheerder"] = Platform(409),
        ["vernieuwBeheerderActivatiecode"] = Platform(404),
        ["geefBeheerders"] = Platform(200),
        ["geefPlatformgebruikers"] = Platform(200),
        ["maakPlatformgebruiker"] = Platform(201),
        ["vernieuwPlatformActivatiecode"] = Platform(404),
        ["deactiveerPlatformgebruiker"] = Platform(404),
        ["geefPlatformAuditRegels"] = Platform(200),
        ["geefPlatformAuditActoren"] = Platform(200),
        ["exporteerPlatformAuditRegels"] = Platform(200),
        ["schortSamenwerkingsverbandOp"] = Platform(428),
        ["heractiveerSamenwerkingsverband"] = Platform(428),
        ["publiceerExpertiseWaardelijst"] = Platform(201),
        ["geefSchoolbesturen"] = Personeel(200, 200),

        // Policy settings: SWV staff read them (no pupil data), the administrator sets a new version. The matrix sends
        // no If-Match, so the administrator's change is a 428.
        ["geefBeleidsinstellingen"] = SwvPersoneel(200),
        ["geefBeleidsgeschiedenis"] = SwvPersoneel(200),
        ["legBeleidVast"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 428, ["*"] = 403 },

        // The logo: SWV staff read it (none yet: 404, the matrix reads before it sets), the administrator sets and removes it.
        ["geefLogo"] = SwvPersoneel(404),
        ["vervangLogo"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },
        ["verwijderLogo"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 204, ["*"] = 403 },
        ["registreerSchoolbestuur"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 201, ["*"] = 403 },
        ["geefScholen"] = Personeel(200, 200),
        // Whoever reads the schools list may take it along as a file.
        ["exporteerScholen"] = Personeel(200, 200),
        // The example names a schoolbestuur that does not exist: 400 for the administrator.
        ["registreerSchool"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 400, ["*"] = 403 },
        // The example file is fine, but the matrix's samenwerkingsverband is not set up: 404 for the administrator.
        ["importeerOrganisaties"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["geefSchool"] = Personeel(404, 404),
        ["legOndersteuningsprofielVast"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, [School] = 404, ["*"] = 403 },
        // The cluster (1 or 2) of an SO/VSO school is the SWV's administration; the example school does not exist.
        ["legClusterVast"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },

        // Pupil data: need to know. Not the administrator (who manages accounts and reference data); LAS systems
        // only with the scope of that data service. Examples name nothing that exists: 404, or 400 for an unknown school.
        ["geefLeerlingen"] = Leerlinggegevens(200),
        // A search is a read by POST (names stay out of URLs): the same callers as the list.
        ["zoekLeerlingen"] = Leerlinggegevens(200),
        // The search box: staff and the administrator (who finds aanbieders only); no LAS, which has its own lists.
        ["zoek"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, [Medewerker] = 200, [School] = 200, [Expert] = 200, ["*"] = 403 },
        ["registreerLeerling"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 400, [School] = 400, ["*"] = 403 },
        ["geefLeerling"] = Leerlinggegevens(404),
        // The pupil's documents: whoever sees the pupil reads them (an expert while involved); school and SWV staff add
        // them. No LAS (the OSO import stores its attachments itself). The examples name no pupil or document that exists.
        ["ontvangDocument"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        ["geefDocumenten"] = Uitvoering(),
        ["geefDocumentinhoud"] = Uitvoering(),

        // The deadline engine's table is public; the terms of a case for whoever may see the case. The matrix names no
        // case (query parameters): refused as invalid input, after the access check.
        ["geefTermijnsoorten"] = new() { ["*"] = 200 },
        ["geefTermijnen"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 400, [School] = 400, [Expert] = 400, ["*"] = 403 },
        // Which experts may see a pupil (need to know) is decided by SWV staff only; the examples name no pupil that exists.
        ["geefBetrokkenen"] = Betrokkenheid(),
        ["voegBetrokkeneToe"] = Betrokkenheid(),
        ["geefBetrokkene"] = Betrokkenheid(),
        ["beeindigBetrokkenheid"] = Betrokkenheid(),
        // Names of the SWV's experts, to choose a betrokkene or an arrangement's provider from: whoever does either.
        ["geefExperts"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, ["*"] = 403 },
        ["legOndersteuningsbehoeftenVast"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        // The LAS's own key: the LAS itself (leerlingen.koppelen) or the school's and SWV's staff.
        ["legPostcodegebiedVast"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        ["geefPassendeSettingen"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        ["koppelLasSleutel"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 },
        ["geefArrangementen"] = Leerlinggegevens(200),
        // The overview is for people's screens; a LAS keeps its copy through the whole list and the feed.
        ["geefArrangementOverzicht"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, [Expert] = 200, ["*"] = 403 },
        // The feed is for LAS systems and staff who see whole vestigingen or the SWV; an expert's view changes with
        // their involvement, which a feed without tombstones cannot follow.
        ["geefArrangementWijzigingen"] = new()
        {
            [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, [Beheerder] = 403, [RegisterBeheerder] = 403, [PlatformBeheerder] = 403, [Expert] = 403,
            [Deskundige] = 403, [Ouder] = 403,
            ["*"] = 400,
        },
        ["geefArrangement"] = Leerlinggegevens(404),
        ["geefWerkvoorraad"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, [Expert] = 200, ["*"] = 403 },
        // Whoever has a werkvoorraad exports their own.
        ["exporteerWerkvoorraad"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, [Expert] = 200, ["*"] = 403 },
        // Whoever may request an arrangement sees their own requests in progress.
        // The notification centre: every person of a samenwerkingsverband, each their own only (the example id is
        // nobody's: 404); no koppeling and no national role. Changing the choices without If-Match is a 428.
        ["geefMeldingen"] = Meldingcentrum(200),
        ["geefAantalOngelezen"] = Meldingcentrum(200),
        ["markeerGelezen"] = Meldingcentrum(404),
        ["markeerAllesGelezen"] = Meldingcentrum(200),
        ["geefMeldingvoorkeuren"] = Meldingcentrum(200),
        ["wijzigMeldingvoorkeuren"] = Meldingcentrum(428),
        ["geefMijnAanvragen"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, ["*"] = 403 },
        // Counts per status are no pupil data: the SWV's own staff and administrator, nobody else.
        ["geefArrangementTellingen"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [Beheerder] = 200, ["*"] = 403 },
        ["vraagArrangementAan"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        ["neemArrangementInBehandeling"] = Besluitvorming(),
        ["vraagInformatie"] = Besluitvorming(),
        ["kenArrangementToe"] = Besluitvorming(),
        ["wijsArrangementAf"] = Besluitvorming(),
        ["beantwoordVraag"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        ["startArrangement"] = Uitvoering(),
        ["evalueerArrangement"] = Uitvoering(),
        ["beeindigArrangement"] = Uitvoering(),

        // Without a filter an export is refused, but only after the role check: 400 for the beheerder.
        ["exporteerAuditRegels"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 400, ["*"] = 403 },
        // Whole lists leave the application only by the SWV's decision: pupil lists for its medewerkers, the beheer lists
        // for its beheerder; never for a school, an expert or a LAS (which keeps its copy through the lists and feeds).
        ["exporteerArrangementen"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, ["*"] = 403 },
        ["exporteerLeerlingen"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, ["*"] = 403 },
        ["exporteerGebruikers"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },
        ["exporteerKoppelingen"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },

        // The register of deskundigen: kept by the SWV's own staff, never read by schools, experts, the deskundigen
        // themselves (who see their own entry on /ik) or LAS systems. The samenwerkingsverband is registered after
        // these run (its path sorts later), so a registration is 404; the example id exists nowhere.
        ["geefDeskundigen"] = SwvPersoneel(200),
        ["registreerDeskundige"] = SwvPersoneel(404),
        ["exporteerDeskundigen"] = SwvPersoneel(200),
        ["geefDeskundigeAccounts"] = SwvPersoneel(200),
        ["geefDeskundige"] = SwvPersoneel(404),
        ["wijzigDeskundige"] = SwvPersoneel(404),
        ["deactiveerDeskundige"] = SwvPersoneel(404),
        ["heractiveerDeskundige"] = SwvPersoneel(404),

        // Toelaatbaarheidsverklaringen: requested by a school or the SWV, advised on by the deskundigen asked (who see only
        // those), decided and kept by SWV staff; the receiving school's LAS reads one with tlv.lezen. The example id
        // exists nowhere, so whoever may take a step or read one gets 404.
        ["geefTlvs"] = TlvLezers(200),
        ["geefTlvWerkvoorraad"] = TlvLezers(200),
        ["geefTlv"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, [Deskundige] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 },
        ["geefBeschikking"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 },
        // The receiving school's copy is machine to machine: its LAS with tlv.lezen, nobody else (staff read the list). The
        // matrix sends no token to the feed (a query parameter): refused as invalid input, after the access check.
        ["geefTlvSync"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 200, ["*"] = 403 },
        ["geefTlvWijzigingen"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 400, ["*"] = 403 },
        ["vraagTlvAan"] = TlvSchoolOfSwv(),
        ["trekTlvIn"] = TlvSchoolOfSwv(),
        ["bevestigInschrijving"] = TlvSchoolOfSwv(),
        ["startHerindicatie"] = TlvSchoolOfSwv(),
        ["brengAdviesUit"] = new() { [Aanroeper.Anoniem] = 401, [Deskundige] = 404, ["*"] = 403 },
        ["wijsAdviseurAan"] = Besluitvorming(),
        ["neemTlvBesluit"] = Besluitvorming(),
        ["maakTlvBekend"] = Besluitvorming(),
        ["ontvangBezwaar"] = Besluitvorming(),
        ["verschoonTermijnoverschrijding"] = Besluitvorming(),
        ["verklaarBezwaarNietOntvankelijk"] = Besluitvorming(),
        ["vraagLbtAdvies"] = Besluitvorming(),
        // The dossier for the LBT is put together and sent by the SWV; the school gets its documents through the SWV.
        ["geefLbtDossier"] = Besluitvorming(),
        ["legHoorzittingVast"] = Besluitvorming(),
        ["legLbtAdviesVast"] = Besluitvorming(),
        ["verdaagBeslistermijn"] = Besluitvorming(),
        ["beslisOpBezwaar"] = Besluitvorming(),

        // Aanmeldingen: the school registers and decides on aanmeldingen at its own vestigingen (the example pupil exists
        // nowhere: 404); SWV staff read every one of the region and have a werkvoorraad line of their own.
        ["registreerAanmelding"] = OppSchool(),
        ["geefAanmeldingen"] = new() { [Aanroeper.Anoniem] = 401, [School] = 200, [Medewerker] = 200, ["*"] = 403 },
        ["geefAanmeldingWerkvoorraad"] = new() { [Aanroeper.Anoniem] = 401, [School] = 200, [Medewerker] = 200, ["*"] = 403 },
        ["geefAanmelding"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, [Medewerker] = 404, ["*"] = 403 },
        ["verlengAanmelding"] = OppSchool(),
        ["besluitOverAanmelding"] = OppSchool(),
        ["trekAanmeldingIn"] = OppSchool(),

        // Ontwikkelingsperspectiefplannen: the school writes its pupils' plans; SWV staff and involved experts read one when
        // the pupil has an arrangement or a TLV. The example ids exist nowhere: whoever may act or read gets 404.
        ["geefOpps"] = new() { [Aanroeper.Anoniem] = 401, [School] = 200, [Medewerker] = 200, [Expert] = 200, ["*"] = 403 },
        // The werkvoorraad: the school's steps, and "OPP ontbreekt" for the school and the SWV's staff.
        ["geefOppWerkvoorraad"] = new() { [Aanroeper.Anoniem] = 401, [School] = 200, [Medewerker] = 200, ["*"] = 403 },
        ["startOpp"] = OppSchool(),
        ["geefOpp"] = OppLezers(),
        ["geefOppVerschillen"] = OppLezers(),
        ["geefOppPdf"] = OppLezers(),
        ["werkOppBij"] = OppSchool(),
        ["legOverlegVast"] = OppSchool(),
        ["legHoorrechtVast"] = OppSchool(),
        ["deelConceptMetOuders"] = OppSchool(),
        ["stopConceptDelen"] = OppSchool(),
        ["legInstemmingVast"] = OppSchool(),
        ["stelOppVast"] = OppSchool(),
        ["herzieOpp"] = OppSchool(),
        ["evalueerOpp"] = OppSchool(),
        // The school's LAS confirms the registration (opp.registreren) of its own vestigingen' plans; the example exists nowhere.
        ["bevestigRodRegistratie"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 },
        // The school's copy of the ROD fields is machine to machine: its LAS with opp.lezen, nobody else (staff read the plans).
        // The matrix sends no token to the feed (a query parameter): refused as invalid input, after the access check.
        // Dossiers: the school's staff and its LAS deliver, SWV staff too; the example is a valid dossier, but the matrix's
        // samenwerkingsverband is not set up yet (404). Only SWV staff open the protected data.
        ["importeerDossier"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 },
        ["geefDossierimport"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 },
        ["geefDossierimports"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 },
        ["openBeschermdeGegevens"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, ["*"] = 403 },
        ["geefOppSync"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 200, ["*"] = 403 },
        ["geefOppWijzigingen"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 400, ["*"] = 403 },
        ["sluitOppAf"] = OppSchool(),

        // The expert inzet (issue 20): the school of the pupil starts it (the example pupil exists nowhere: 404), SWV staff
        // link and unlink the expert, school and expert move the cycle, only the expert registers hours; the example inzet
        // exists nowhere (404). The lists and the guidance are for the three roles that work with inzetten.
        ["geefExpertinzetten"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, [Expert] = 200, ["*"] = 403 },
        ["geefExpertRichtlijn"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, [Expert] = 200, ["*"] = 403 },
        // The werkvoorraad: for those with lines in it, the school, the expert and the regionaal procesbegeleider (who links).
        ["geefExpertinzetWerkvoorraad"] = new()
        {
            [Aanroeper.Anoniem] = 401, [School] = 200, [Expert] = 200, ["regionaal-procesbegeleider"] = 200, ["*"] = 403,
        },
        ["startExpertinzet"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["geefExpertinzet"] = Uitvoering(),
        // Only the regionaal procesbegeleider links and unlinks the expert (the example inzet does not exist: 404).
        ["koppelExpert"] = Procesbegeleider(),
        ["ontkoppelExpert"] = Procesbegeleider(),
        ["zetFaseVoort"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, [Expert] = 404, ["*"] = 403 },
        ["deelSamenvatting"] = new() { [Aanroeper.Anoniem] = 401, [Expert] = 404, ["*"] = 403 },
        ["legPlanVast"] = Uitvoering(),
        ["voegFasenotitieToe"] = Uitvoering(),
        ["registreerUren"] = new() { [Aanroeper.Anoniem] = 401, [Expert] = 404, ["*"] = 403 },
        ["trekUrenIn"] = new() { [Aanroeper.Anoniem] = 401, [Expert] = 404, ["*"] = 403 },
        ["sluitExpertinzetAf"] = Uitvoering(),
        // The thuiszitters register (issue 21): SWV staff keep it and count it; a school reports its own pupils (the example
        // pupil exists nowhere: 404) and reads its own entries; the example entry exists nowhere (404). Nobody else.
        ["geefThuiszitters"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, [School] = 200, ["*"] = 403 },
        ["meldThuiszitter"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        ["geefThuiszitter"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 },
        ["geefThuiszitterWerkvoorraad"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, ["*"] = 403 },
        ["geefThuiszittertelling"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, ["*"] = 403 },
        ["exporteerThuiszittertelling"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 200, ["*"] = 403 },
        ["werkThuiszitterplanBij"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, ["*"] = 403 },
        ["registreerTerugkeer"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, ["*"] = 403 },
        ["beeindigThuiszitter"] = new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, ["*"] = 403 },
        // Casuïstiek: the regionaal procesbegeleider plans besprekingen and records outcomes, a school brings its anonymous
        // cases in; the school (its own cases and its netwerk's besprekingen) and the SWV's portfolio functies read. A plain
        // SWV medewerker, experts, deskundigen, ouders, LAS systems and the national roles nothing. The matrix's
        // samenwerkingsverband is not set up (planning: 404) and the example ids exist nowhere (404).
        ["geefNetwerkbesprekingen"] = CasuistiekLezers(200),
        ["planNetwerkbespreking"] = Procesbegeleider(),
        ["geefNetwerkbespreking"] = CasuistiekLezers(404),
        ["wijzigNetwerkbespreking"] = Procesbegeleider(),
        ["geefCasussen"] = CasuistiekLezers(200),
        ["brengCasusIn"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["geefCasus"] = CasuistiekLezers(404),
        ["wijzigCasus"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["agendeerCasus"] = Procesbegeleider(),
        ["legUitkomstVast"] = Procesbegeleider(),
        // The regional portfolio's middelen: the beleidsmedewerker keeps the grants and discusses the verantwoordingen (SWV
        // staff read them); school staff read
        // their own besturen's grants and write the verantwoording for their bestuur (there is no bestuur role); experts,
        // deskundigen, ouders, beheerders and LAS systems see none of it. The example ids exist nowhere (404); the
        // example bodies name a bestuur or regio that does not exist, or a year that has begun (400).
        ["geefMiddelentoekenningen"] = PortfolioLezers(200),
        ["legMiddelentoekenningVast"] = Beleidsmedewerker(400),
        ["geefMiddelentoekenning"] = PortfolioLezers(404),
        ["wijzigMiddelentoekenning"] = Beleidsmedewerker(404),
        ["startVerantwoording"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["geefVerantwoording"] = PortfolioLezers(404),
        ["werkVerantwoordingBij"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["dienVerantwoordingIn"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["stuurVerantwoordingTerug"] = Beleidsmedewerker(404),
        ["legBesprekingVast"] = Beleidsmedewerker(404),
        // Samenwerkingsprojecten: kept by the beleidsmedewerker, read by SWV staff and school staff of the project's regio.
        ["geefSamenwerkingsprojecten"] = PortfolioLezers(200),
        ["legSamenwerkingsprojectVast"] = Beleidsmedewerker(404),
        ["geefSamenwerkingsproject"] = PortfolioLezers(404),
        ["wijzigSamenwerkingsproject"] = Beleidsmedewerker(404),
        ["evalueerSamenwerkingsproject"] = Beleidsmedewerker(404),
        // The tevredenheidsonderzoek: the school answers its own (the example id exists nowhere: 404), the manager
        // ondersteuning alone reads the answers; the portfolio's functies read the results.
        ["geefTevredenheidsonderzoeken"] = new() { [Aanroeper.Anoniem] = 401, [School] = 200, ["manager-ondersteuning"] = 200, ["*"] = 403 },
        ["geefTevredenheidsonderzoek"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["manager-ondersteuning"] = 404, ["*"] = 403 },
        ["beantwoordTevredenheidsonderzoek"] = new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 },
        ["geefTevredenheidsuitslag"] = PortfolioFuncties(200),
    };

    private static Dictionary<string, int> Procesbegeleider() =>
        new() { [Aanroeper.Anoniem] = 401, ["regionaal-procesbegeleider"] = 404, ["*"] = 403 };

    private static Dictionary<string, int> CasuistiekLezers(int toegestaan) => new()
    {
        [Aanroeper.Anoniem] = 401, [School] = toegestaan, ["regionaal-procesbegeleider"] = toegestaan,
        ["beleidsmedewerker"] = toegestaan, ["manager-ondersteuning"] = toegestaan, ["*"] = 403,
    };

    private static Dictionary<string, int> Beleidsmedewerker(int toegestaan) =>
        new() { [Aanroeper.Anoniem] = 401, ["beleidsmedewerker"] = toegestaan, ["*"] = 403 };

    private static Dictionary<string, int> PortfolioFuncties(int toegestaan) => new()
    {
        [Aanroeper.Anoniem] = 401, ["regionaal-procesbegeleider"] = toegestaan, ["beleidsmedewerker"] = toegestaan,
        ["manager-ondersteuning"] = toegestaan, ["*"] = 403,
    };

    private static Dictionary<string, int> Beleidsinformatie(int toegestaan) => new()
    {
        [Aanroeper.Anoniem] = 401, ["beleidsmedewerker"] = toegestaan, ["manager-ondersteuning"] = toegestaan, ["*"] = 403,
    };

    private static Dictionary<string, int> PortfolioLezers(int toegestaan) =>
        new() { [Aanroeper.Anoniem] = 401, [Medewerker] = toegestaan, [School] = toegestaan, ["*"] = 403 };

    private static Dictionary<string, int> OppSchool() => new() { [Aanroeper.Anoniem] = 401, [School] = 404, ["*"] = 403 };

    private static Dictionary<string, int> OppLezers() =>
        new() { [Aanroeper.Anoniem] = 401, [School] = 404, [Medewerker] = 404, [Expert] = 404, ["*"] = 403 };

    /// <summary>Who reads TLV lists: SWV staff, school staff (their own requests and received ones) and deskundigen (those asked of them).</summary>
    private static Dictionary<string, int> TlvLezers(int toegestaan) =>
        new() { [Aanroeper.Anoniem] = 401, [Medewerker] = toegestaan, [School] = toegestaan, [Deskundige] = toegestaan, ["*"] = 403 };

    private static Dictionary<string, int> TlvSchoolOfSwv() => new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, ["*"] = 403 };

    private const string Medewerker = "swv-medewerker";
    private const string School = "school-medewerker";
    private const string Expert = "expert";

    /// <summary>An ouder or verzorger: reaches the parent portal and nothing else of the API.</summary>
    private const string Ouder = "ouder";

    /// <summary>Advises on TLV's under their own account: sees no pupils, no arrangementen and no lists of the SWV.</summary>
    private const string Deskundige = "deskundige";

    /// <summary>An SWV's own organisations: its staff, not LAS systems, not the national register- or platform-beheerder, not a deskundige.</summary>
    private static Dictionary<string, int> Personeel(int beheerder, int anderPersoneel) => new()
    {
        [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 403, [Aanroeper.LasZonderScopes] = 403, [Beheerder] = beheerder,
        [RegisterBeheerder] = 403, [PlatformBeheerder] = 403, [Deskundige] = 403, [Ouder] = 403, ["*"] = anderPersoneel,
    };

    /// <summary>The SWV's own staff (administrator and medewerker), not schools, experts, LAS systems or the register.</summary>
    private static Dictionary<string, int> SwvPersoneel(int toegestaan) =>
        new() { [Aanroeper.Anoniem] = 401, [Beheerder] = toegestaan, [Medewerker] = toegestaan, ["*"] = 403 };

    private static Dictionary<string, int> Leerlinggegevens(int toegestaan) => new()
    {
        [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, [Beheerder] = 403, [RegisterBeheerder] = 403, [PlatformBeheerder] = 403,
        [Deskundige] = 403, [Ouder] = 403, ["*"] = toegestaan,
    };

    /// <summary>A change to one register entry: an SWV administrator or a register-beheerder (the example exists nowhere: 404).</summary>
    /// <summary>A koppeling's abonnementen by the beheerder's route: the beheerder, or a koppeling with webhooks.beheren that is not the example one.</summary>
    private static Dictionary<string, int> Abonnementbeheer() =>
        new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, [Aanroeper.LasMetAlleScopes] = 404, ["*"] = 403 };

    /// <summary>The calling koppeling's own abonnementen (/abonnementen): only a koppeling with webhooks.beheren.</summary>
    private static Dictionary<string, int> EigenAbonnementen(int koppeling) =>
        new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = koppeling, ["*"] = 403 };

    private static Dictionary<string, int> Registerbeheer() =>
        new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, [RegisterBeheerder] = 404, ["*"] = 403 };

    private static Dictionary<string, int> Meldingcentrum(int toegestaan) => new()
    {
        [Aanroeper.Anoniem] = 401, [Aanroeper.LasMetAlleScopes] = 403, [Aanroeper.LasZonderScopes] = 403,
        [RegisterBeheerder] = 403, [PlatformBeheerder] = 403, [Ouder] = 403, ["*"] = toegestaan,
    };

    private static Dictionary<string, int> Platform(int platformBeheerder) =>
        new() { [Aanroeper.Anoniem] = 401, [PlatformBeheerder] = platformBeheerder, ["*"] = 403 };

    private static Dictionary<string, int> Betrokkenheid() => new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, ["*"] = 403 };

    private static Dictionary<string, int> Besluitvorming() => new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, ["*"] = 403 };

    private static Dictionary<string, int> Uitvoering() =>
        new() { [Aanroeper.Anoniem] = 401, [Medewerker] = 404, [School] = 404, [Expert] = 404, ["*"] = 403 };

    /// <summary>A valid body for every operation that takes one.</summary>
    private static readonly Dictionary<string, object> GeldigeInhoud = new()
    {
        ["planNetwerkbespreking"] = new { regio = "Noord", lokaalNetwerk = "Stad", datum = "2027-03-10", aanwezigen = new[] { "intern-begeleider" } },
        ["wijzigNetwerkbespreking"] = new { datum = "2027-03-10", aanwezigen = new[] { "intern-begeleider" }, notities = "Twee casussen besproken." },
        ["brengCasusIn"] = new { ondersteuningsvraag = "Hoe helpen we bij plannen?", geprobeerd = "Een dagschema." },
        ["wijzigCasus"] = new { ondersteuningsvraag = "Hoe helpen we bij plannen?", geprobeerd = "Een dagschema." },
        ["agendeerCasus"] = new { besprekingId = Guid.CreateVersion7() },
        ["legUitkomstVast"] = new { soort = "inzet-expert", expertisegebied = "gedrag" },
        ["registreerKoppeling"] = new { naam = "Matrix-LAS", scopes = new[] { "aanbieders.lezen" } },
        ["nodigOuderUit"] = new { email = "matrix-ouder@voorbeeld.nl", naam = "Matrix Ouder" },
        ["dienBezwaarIn"] = new { toelichting = "Wij zijn het niet eens met het besluit." },
        ["geefToestemming"] = new { aanbiederCode = "999A999", doel = "Begeleiding in de klas." },
        ["legToestemmingVast"] = new { ouderNaam = "Eva de Vries", aanbiederCode = "999A999", doel = "Begeleiding in de klas." },
        ["wijzigMeldingvoorkeuren"] = new { voorkeuren = new[] { new { soort = "besluit", inApp = true, perEmail = false } } },
        ["wijzigKoppeling"] = new { naam = "Matrix-LAS", scopes = new[] { "aanbieders.lezen" } },
        ["maakAbonnement"] = new { url = "https://las.example/webhook", soorten = new[] { "nl.passendonderwijs.arrangement.toegekend" } },
        ["wijzigAbonnement"] = new { url = "https://las.example/webhook", soorten = new[] { "nl.passendonderwijs.arrangement.toegekend" }, gepauzeerd = false },
        ["maakEigenAbonnement"] = new { url = "https://las.example/webhook", soorten = new[] { "nl.passendonderwijs.arrangement.toegekend" } },
        ["wijzigEigenAbonnement"] = new { url = "https://las.example/webhook", soorten = new[] { "nl.passendonderwijs.arrangement.toegekend" }, gepauzeerd = false },
        ["registreerGebruiker"] = new { email = "nieuw@matrix.nl", naam = "Nieuw", rol = "expert" },
        ["zoekLeerlingen"] = new { naam = "Matrix" },
        ["zoek"] = new { zoekterm = "Matrix" },
        ["registreerAanbieder"] = Begeleidingsaanbod.AanbiederVoorbeeld.Registratie("999A999"),
        ["wijzigContactgegevens"] = new { communicatiecontexten = new[] { new { context = "ALGEMEEN", email = "info@matrix.nl" } } },
        ["biedBegeleidingAan"] = Begeleidingsaanbod.AanbiederVoorbeeld.Aanbod(),
        ["beeindigAanbod"] = new { laatsteDag = "2026-12-31" },
        ["neemAanbiederUitBedrijf"] = new { laatsteDag = "2026-12-31" },
        ["registreerSamenwerkingsverband"] = new { code = "PO2705", naam = "Matrix SWV", sector = "PO" },
        ["publiceerExpertiseWaardelijst"] = new
        {
            geldigVanaf = "2099-2100",
            bron = "RIO waardelijst (matrix)",
            expertises = new[] { new { code = "EPILEPSIE", omschrijving = "Epilepsie" } },
        },
        ["maakEersteBeheerder"] = new { email = "eerste@matrix.nl", naam = "Eerste Beheerder" },
        ["maakPlatformgebruiker"] = new { email = "register@matrix.nl", naam = "Register Beheerder", rol = "register-beheerder" },
        ["richtSamenwerkingsverbandIn"] = new { naam = "Matrix SWV", regios = new[] { new { naam = "Noord", lokaleNetwerken = new[] { "Noord-West" } } } },
        ["legBeleidVast"] = new
        {
            ingangsdatum = "2026-12-01", behandeltermijnWeken = 6, evaluatietermijnMaanden = 6, tlvduur = new { sbo = 2, so = 2, vso = 2 },
            herindicatiesignaalWeken = 12, kleineAantallenDrempel = 5, naam = "Matrix SWV",
        },
        ["registreerSchoolbestuur"] = new { nummer = "41234", naam = "Matrix Bestuur" },
        ["registreerSchool"] = new { vestiging = "12AB00", naam = "Matrix School", soort = "BAO", schoolbestuur = "99999" },
        ["legOndersteuningsprofielVast"] = new { aandachtEnTijd = "Kleine groepen." },
        ["legClusterVast"] = new { cluster = 1 },
        ["registreerAanmelding"] = new
        {
            leerlingId = "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", vestiging = "12AB00", ontvangenOp = "2026-11-02", ouderVerwachtExtraOndersteuning = true,
            gewensteStartdatum = "2027-01-04", schooljaar = "2026-2027",
        },
        ["verlengAanmelding"] = new { reden = "Onderzoek loopt nog.", oudersGeinformeerdOp = "2026-11-20" },
        ["besluitOverAanmelding"] = new { uitkomst = "toegelaten", besluitdatum = "2026-11-24" },
        ["trekAanmeldingIn"] = new { ingetrokkenOp = "2026-11-24" },
        ["registreerLeerling"] = new { voornaam = "Matrix", achternaam = "Leerling", geboortedatum = "2018-03-01", vestiging = "12AB00", groep = "3" },
        ["legOndersteuningsbehoeftenVast"] = new { bevorderendeFactoren = "Structuur." },
        ["legPostcodegebiedVast"] = new { postcodegebied = "3811" },
        ["koppelLasSleutel"] = new { lasSleutel = "LN-4711" },
        ["voegBetrokkeneToe"] = new { expertId = Guid.CreateVersion7(), reden = "Observatie in de klas.", tot = "2027-01-31" },
        ["vraagArrangementAan"] = Arrangementen.ArrangementVoorbeeld.Aanvraag(Guid.CreateVersion7()),
        ["vraagInformatie"] = new { vraag = "Welke interventies zijn al ingezet?" },
        ["beantwoordVraag"] = new { antwoord = "Verlengde instructie." },
        ["kenArrangementToe"] = new { beschikkingsnummer = "M-1", besluitdatum = "2026-11-24", motivering = "Past." },
        ["wijsArrangementAf"] = new { beschikkingsnummer = "M-2", besluitdatum = "2026-11-24", reden = "Basisondersteuning volstaat." },
        ["startArrangement"] = new { startdatum = "2026-11-24" },
        ["evalueerArrangement"] = new { datum = "2026-11-24", doelen = new[] { new { doel = 1, behaald = true } }, conclusie = "Goed.", vervolg = "voortzetten" },
        ["beeindigArrangement"] = new { einddatum = "2026-11-24", reden = "Doelen behaald." },
        ["vraagTlvAan"] = new
        {
            leerlingId = Guid.CreateVersion7(), soort = "SBO", categorie = "NVT", beoogdeSchool = new { vestiging = "34CD00" }, ingangsdatum = "2027-08-01",
            onderwijsbehoeften = new { aandachtEnTijd = "Kleine groep." }, basisondersteuning = "Verlengde instructie.", extraOndersteuning = "Een arrangement.",
            visieOuders = "Eens.", visieLeerling = "Eens.",
        },
        ["trekTlvIn"] = new { reden = "Andere school gekozen." },
        ["bevestigInschrijving"] = new { ingeschrevenOp = "2027-08-01" },
        ["brengAdviesUit"] = new
        {
            toelaatbaar = true, soort = "SBO", categorie = "NVT", motiveringOnderwijsbehoeften = "Structuur.", motiveringRegulier = "Niet genoeg.",
            motiveringBeoogdeSchool = "Past.", datum = "2026-11-24", onafhankelijkheidVerklaard = true,
        },
        ["wijsAdviseurAan"] = new { plek = "eerste", deskundigeId = Guid.CreateVersion7() },
        ["startOpp"] = new { leerlingId = "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", aanleiding = "extra-ondersteuning", startdatum = "2026-11-01" },
        ["werkOppBij"] = new { uitstroombestemming = "havo", bevorderendeFactoren = "Gemotiveerd." },
        ["legOverlegVast"] = new { datum = "2026-11-20", deelnemers = "Ouders en intern begeleider", uitkomst = "Eens." },
        ["legHoorrechtVast"] = new { gehoord = true, datum = "2026-11-20", toelichting = "Wil rustig werken." },
        ["beantwoordOppInstemming"] = new { vingerafdruk = new string('0', 64), gegeven = true },
        ["geefVisieOpOpp"] = new { watWerktThuis = "Een vaste volgorde van de dag." },
        ["legInstemmingVast"] = new { versienummer = 1, gegeven = true, datum = "2026-11-20", ouder = "Moeder", wijze = "op-papier" },
        ["stelOppVast"] = new { vastgesteldOp = "2026-11-21" },
        ["evalueerOpp"] = new { datum = "2026-11-22", deelnemers = "Ouders", doelen = new[] { new { doel = 1, behaald = true } }, conclusie = "Goed.", nieuweVersie = false },
        ["bevestigRodRegistratie"] = new { onderdeel = "begindatum", geregistreerdOp = "2026-11-22" },
        ["openBeschermdeGegevens"] = new { reden = "Beoordeling van de aanvraag." },
        ["sluitOppAf"] = new { einddatum = "2026-11-23", reden = "Verhuisd." },
        ["neemTlvBesluit"] = new { toelaatbaar = true, soort = "SBO", categorie = "NVT", ingangsdatum = "2027-08-01", beschikkingsnummer = "T-1", besluitdatum = "2026-11-24", motivering = "Past." },
        ["maakTlvBekend"] = new { bekendgemaaktOp = "2026-11-24" },
        ["ontvangBezwaar"] = new { indiener = "ouders", indienerNaam = "Familie", ontvangenOp = "2026-11-24" },
        ["verschoonTermijnoverschrijding"] = new { reden = "Ziekte." },
        ["verklaarBezwaarNietOntvankelijk"] = new { reden = "Te laat.", op = "2026-11-24" },
        ["vraagLbtAdvies"] = new { verzondenOp = "2026-11-24", stukken = new[] { "bezwaarschrift", "verweerschrift", "aanvraag", "deskundigenadviezen", "besluit", "procedure-en-criteria" } },
        ["legHoorzittingVast"] = new { op = "2026-11-24" },
        ["legLbtAdviesVast"] = new { oordeel = "gegrond", op = "2026-11-24" },
        ["verdaagBeslistermijn"] = new { reden = "Hoorzitting verplaatst." },
        ["beslisOpBezwaar"] = new { afloop = "handhaven", op = "2026-11-24", motivering = "Blijft." },
        ["legExpertprofielVast"] = new { expertisegebieden = new[] { "gedrag" }, regio = "Noord", fte = 0.4m, werkdagen = new[] { "maandag", "dinsdag" } },
        ["stelRegioaanbodVast"] = new { expertisegebieden = new[] { "gedrag" } },
        ["legLeerlingaantalVast"] = new { aantal = 212 },
        ["wijzigFuncties"] = new { functies = new[] { "beleidsmedewerker" } },
        ["registreerDeskundige"] = new { naam = "Matrix Deskundige", discipline = "orthopedagoog", werkgever = "zelfstandig" },
        ["wijzigDeskundige"] = new { naam = "Matrix Deskundige", discipline = "orthopedagoog", werkgever = "zelfstandig" },
        ["startExpertinzet"] = new
        {
            leerlingId = Guid.CreateVersion7(), casusId = Guid.CreateVersion7(), expertisegebied = "gedrag", ondersteuningsvraag = "Vraag.",
            belemmerendeFactoren = "Prikkels.", stimulerendeFactoren = "Band met juf.", gebodenOndersteuning = "Time-out.",
        },
        ["koppelExpert"] = new { expertId = Guid.CreateVersion7() },
        ["ontkoppelExpert"] = new { reden = "Ziek." },
        ["zetFaseVoort"] = new { naar = "waarnemen" },
        ["deelSamenvatting"] = new { conclusies = "C.", aanbevelingen = "A." },
        ["legPlanVast"] = new
        {
            doelen = new[] { "Doel." }, interventies = new[] { new { omschrijving = "Coaching", van = "2026-11-24", tot = "2027-01-31", wie = "Expert" } }, urenBudget = 10,
        },
        ["voegFasenotitieToe"] = new { tekst = "Notitie." },
        ["registreerUren"] = new { datum = "2026-11-24", uren = 1, activiteit = "observatie" },
        ["sluitExpertinzetAf"] = new { resultaat = "terug-naar-netwerk" },
        ["meldThuiszitter"] = new
        {
            leerlingId = Guid.CreateVersion7(), soort = "absoluut-verzuim", verzuimSinds = "2026-11-01", reden = "wachten-op-plek", gemeente = "Utrecht",
        },
        ["werkThuiszitterplanBij"] = new { gemeente = "Utrecht", plan = "Plan." },
        ["registreerTerugkeer"] = new { datum = "2026-11-24", andereBestemming = "Dagbesteding" },
        ["beeindigThuiszitter"] = new { datum = "2026-11-24", reden = "verhuisd" },
        ["legMiddelentoekenningVast"] = new { schoolbestuurId = Guid.CreateVersion7(), jaar = 2027, bedrag = 1000m, verdeelsleutel = "vast-bedrag-per-school" },
        ["wijzigMiddelentoekenning"] = new { bedrag = 1000m, verdeelsleutel = "vast-bedrag-per-school" },
        ["startVerantwoording"] = new { regels = Array.Empty<object>() },
        ["werkVerantwoordingBij"] = new { regels = Array.Empty<object>() },
        ["stuurVerantwoordingTerug"] = new { reden = "Splits de kosten per school." },
        ["legBesprekingVast"] = new { datum = "2026-11-24", notitie = "Besproken." },
        ["legSamenwerkingsprojectVast"] = Samenwerkingsproject(),
        ["wijzigSamenwerkingsproject"] = Samenwerkingsproject(),
        ["beantwoordTevredenheidsonderzoek"] = new { scores = new { werkwijze = 4, bijdrage = 4, bereikbaarheid = 5, communicatie = 4, snelheid = 3 } },
        ["evalueerSamenwerkingsproject"] = new { jaar = 2026, voortgang = "Op schema.", resultaten = "Twee scholen.", toegevoegdeWaarde = "Korte lijnen.", besteed = 10m },
    };

    // A method, not a field: GeldigeInhoud above is initialised first.
    private static object Samenwerkingsproject() => new
    {
        regio = "Noord", titel = "Matrix", doel = "Samenwerken.", partners = new[] { "GGD" }, jaar = 2027, projectplan = "Plan.", begroting = 1000m,
    };

    [Test]
    public async Task Every_operation_answers_every_kind_of_caller_as_its_policy_says()
    {
        var aanroepers = await Aanroeper.MaakAlleAsync(Client);
        var afwijkingen = new List<string>();

        foreach (var operatie in Contractbestand.OperatiesMetDetails())
        {
            if (!Verwacht.TryGetValue(operatie.Id, out var beleid))
            {
                afwijkingen.Add($"{operatie.Id}: not in the authorization matrix; decide who may call it and add it.");
                continue;
            }

            foreach (var aanroeper in aanroepers)
            {
                var verwacht = beleid.TryGetValue(aanroeper.Naam, out var status) ? status
                    : aanroeper.Basisrol is { } rol && beleid.TryGetValue(rol, out var vanRol) ? vanRol
                    : beleid["*"];
                using var verzoek = aanroeper.Verzoek(new HttpMethod(operatie.Methode.ToUpperInvariant()), operatie.Url(), Inhoud(operatie));
                using var response = await Client.SendAsync(verzoek);
                if ((int)response.StatusCode != verwacht)
                {
                    afwijkingen.Add($"{operatie.Id} as {aanroeper.Naam}: expected {verwacht}, got {(int)response.StatusCode}");
                }
                else if (Uitdaging(response, aanroeper, operatie) is { } fout)
                {
                    afwijkingen.Add($"{operatie.Id} as {aanroeper.Naam}: {fout}");
                }
            }
        }

        afwijkingen.ShouldBeEmpty();
    }

    /// <summary>
    /// A koppeling refused for want of a scope hears which scopes would do (RFC 6750 §3.1): the operation's x-scopes,
    /// the same rule the server enforces.
    /// </summary>
    private static string? Uitdaging(HttpResponseMessage response, Aanroeper aanroeper, Operatie operatie)
    {
        if (response.StatusCode != HttpStatusCode.Forbidden || !aanroeper.Naam.StartsWith("las-", StringComparison.Ordinal) || operatie.Scopes.Count == 0)
        {
            return null;
        }

        var verwacht = $"Bearer error=\"insufficient_scope\", scope=\"{string.Join(' ', operatie.Scopes)}\"";
        var uitdaging = response.Headers.TryGetValues("WWW-Authenticate", out var waarden) ? string.Join(", ", waarden) : "(none)";
        return uitdaging == verwacht ? null : $"expected WWW-Authenticate {verwacht}, got {uitdaging}";
    }

    /// <summary>A valid body for the operations whose body is a file, not JSON.</summary>
    private static readonly Dictionary<string, (string Mediatype, byte[] Inhoud)> GeldigBestand = new()
    {
        ["importeerOrganisaties"] = ("text/csv", "bevoegd-gezagnummer;bestuursnaam;brin;vestigingsnummer;schoolnaam;soort\r\n41234;Matrix Bestuur;12AB;00;Matrix School;BAO\r\n"u8.ToArray()),
        ["vervangLogo"] = ("image/png", Beleid.LogoTests.KleinePng),
        ["importeerDossier"] = ("application/xml", TestSupport.OsoVoorbeelden.Lees(TestSupport.OsoVoorbeelden.PoVolledig)),
        ["ontvangDocument"] = ("application/pdf", Documenten.DocumentTests.KleinePdf),
    };

    private static HttpContent? Inhoud(Operatie operatie) =>
        !operatie.HeeftInhoud ? null
        : GeldigBestand.TryGetValue(operatie.Id, out var bestand) ? new ByteArrayContent(bestand.Inhoud) { Headers = { ContentType = new(bestand.Mediatype) } }
        : GeldigeInhoud.TryGetValue(operatie.Id, out var inhoud) ? JsonContent.Create(inhoud)
        : throw new InvalidOperationException($"{operatie.Id} takes a body: add a valid example to GeldigeInhoud.");
}
