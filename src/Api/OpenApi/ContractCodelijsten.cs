using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// Every code list the contract shows as a named enum. The codes come from the domain's <see cref="Codelijst{T}"/> (or,
/// for <see cref="Cluster"/>, the enum's own numbers, and for scopes <see cref="Scopes"/> with its own descriptions);
/// this class only adds what a code means, in plain Dutch, keyed by the enum member, so a member without a meaning fails at start-up instead of slipping into the contract unexplained.
/// </summary>
internal static partial class ContractCodelijsten
{
    private static readonly Dictionary<Type, Codelijstschema> Schemas = new Codelijstschema[]
    {
        Tekst(
            ArrangementStatusCodes.Lijst,
            "Waar een arrangement staat: aangevraagd, dan in behandeling, dan toegekend of afgewezen, dan actief en tot slot beëindigd.",
            new Dictionary<ArrangementStatus, string>
            {
                [ArrangementStatus.Aangevraagd] = "De school of het samenwerkingsverband heeft het arrangement aangevraagd.",
                [ArrangementStatus.InBehandeling] = "Het samenwerkingsverband bekijkt de aanvraag.",
                [ArrangementStatus.Toegekend] = "Het samenwerkingsverband heeft het arrangement toegekend; het is nog niet gestart.",
                [ArrangementStatus.Afgewezen] = "Het samenwerkingsverband heeft de aanvraag afgewezen.",
                [ArrangementStatus.Actief] = "Het arrangement loopt.",
                [ArrangementStatus.Beeindigd] = "Het arrangement is gestopt.",
            }),
        Tekst(
            ArrangementStapCodes.Lijst,
            "Een stap die u bij een arrangement kunt zetten. Een arrangement noemt in toegestaneStappen de stappen die u nu mag zetten.",
            // What each step means is written in its row of the lifecycle table.
            ArrangementLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
        Tekst(
            SoortArrangementCodes.Lijst,
            "De soort arrangement: welke extra ondersteuning de leerling krijgt.",
            new Dictionary<SoortArrangement, string>
            {
                [SoortArrangement.Onderwijsarrangement] = "Extra ondersteuning op school.",
                [SoortArrangement.OnderwijsJeugdhulparrangement] = "Extra ondersteuning op school samen met jeugdhulp.",
                [SoortArrangement.InzetExpert] = "Een expert komt helpen op school.",
                [SoortArrangement.Middelen] = "Geld of materiaal voor de school.",
                [SoortArrangement.DeeltijdplaatsingElders] = "De leerling gaat een deel van de week naar een andere school of plek.",
                [SoortArrangement.ArrangementCluster12] = "Begeleiding door een aanbieder voor cluster 1 (zien) of cluster 2 (horen, taal en spraak).",
            }),
        Tekst(
            VervolgCodes.Lijst,
            "Wat er na een evaluatie met het arrangement gebeurt.",
            new Dictionary<Vervolg, string>
            {
                [Vervolg.Voortzetten] = "Het arrangement gaat door zoals het is.",
                [Vervolg.Bijstellen] = "Het arrangement gaat door, maar verandert.",
                [Vervolg.Beeindigen] = "Het arrangement stopt.",
            }),
        Tekst(
            UitvoerderCodes.Soorten,
            "Wie het arrangement uitvoert.",
            new Dictionary<SoortUitvoerder, string>
            {
                [SoortUitvoerder.School] = "De eigen school van de leerling.",
                [SoortUitvoerder.SboSo] = "Een school voor speciaal basisonderwijs (sbo) of speciaal onderwijs (so).",
                [SoortUitvoerder.Expert] = "Een expert van het samenwerkingsverband.",
                [SoortUitvoerder.Oba] = "Een onderwijsbegeleidingsaanbieder (oba); geef dan ook obaCode en expertise.",
            }),
        Tekst(
            UitvoerderCodes.Bekostigers,
            "Wie het arrangement betaalt.",
            new Dictionary<Bekostiger, string>
            {
                [Bekostiger.Swv] = "Het samenwerkingsverband.",
                [Bekostiger.School] = "De school.",
                [Bekostiger.Bestuur] = "Het schoolbestuur.",
            }),
        Tekst(
            SoortSchoolCodes.Lijst,
            "De soort school van een vestiging.",
            new Dictionary<SoortSchool, string>
            {
                [SoortSchool.Bao] = "Basisonderwijs.",
                [SoortSchool.Sbo] = "Speciaal basisonderwijs.",
                [SoortSchool.So] = "Speciaal onderwijs.",
                [SoortSchool.Vso] = "Voortgezet speciaal onderwijs.",
                [SoortSchool.Vo] = "Voortgezet onderwijs.",
                [SoortSchool.Pro] = "Praktijkonderwijs.",
            }),
        Tekst(
            ImportuitkomstCodes.Lijst,
            "Wat een import doet (of bij een proefrun zou doen) met een schoolbestuur of school.",
            new Dictionary<Importuitkomst, string>
            {
                [Importuitkomst.Nieuw] = "Staat nog niet in het samenwerkingsverband en wordt aangemaakt.",
                [Importuitkomst.Gewijzigd] = "Staat er al, met andere gegevens dan in het bestand; die worden overgenomen.",
                [Importuitkomst.Ongewijzigd] = "Staat er al, precies zoals in het bestand.",
            }),
        Tekst(
            ImportonderwerpCodes.Lijst,
            "Waar een regel van het importverslag over gaat.",
            new Dictionary<Importonderwerp, string>
            {
                [Importonderwerp.Schoolbestuur] = "Een schoolbestuur, met zijn bevoegd-gezagnummer als sleutel.",
                [Importonderwerp.School] = "Een school (vestiging), met BRIN en vestigingsnummer als sleutel.",
            }),
        Tekst(
            RolCodes.Lijst,
            "De rol van een persoon in het samenwerkingsverband; die bepaalt wat de persoon mag zien en doen.",
            new Dictionary<Rol, string>
            {
                [Rol.SwvBeheerder] = "Beheerder van het samenwerkingsverband: accounts, koppelingen en vaste gegevens. Ziet geen leerlinggegevens.",
                [Rol.SwvMedewerker] = "Medewerker van het samenwerkingsverband, zoals een trajectbegeleider: behandelt en besluit over aanvragen.",
                [Rol.SchoolMedewerker] = "Medewerker van een school (intern begeleider of zorgcoördinator): alleen leerlingen van de eigen vestigingen.",
                [Rol.Expert] = "Expert van het samenwerkingsverband die op scholen werkt.",
                [Rol.RegisterBeheerder] = "Beheerder van het landelijke register van onderwijsbegeleidingsaanbieders: mag elke aanbieder wijzigen. Ziet geen leerlinggegevens en geen gegevens van een samenwerkingsverband.",
                [Rol.PlatformBeheerder] = "Beheerder van het platform: registreert samenwerkingsverbanden, maakt hun eerste beheerder aan en schort ze op. Hoort bij geen samenwerkingsverband; ziet geen leerlinggegevens en geen gegevens van een samenwerkingsverband.",
                [Rol.Deskundige] = "Deskundige die over toelaatbaarheidsverklaringen adviseert, onder een eigen account. Ziet alleen de aanvragen waarover hij om advies is gevraagd.",
                [Rol.Ouder] = "Ouder of verzorger (wettelijk vertegenwoordiger): ziet in het ouderportaal alleen de eigen kinderen, die de school aan het account koppelde. Uitgenodigd door de school.",
            }),
        Tekst(
            BetrouwbaarheidsniveauCodes.Lijst,
            "Hoe zeker het is wie zich aanmeldde (eIDAS-betrouwbaarheidsniveau). Het hoort bij de aanmelding, niet bij het account: " +
            "in het access token staat het als de standaardclaim acr (de eIDAS-URI).",
            new Dictionary<Betrouwbaarheidsniveau, string>
            {
                [Betrouwbaarheidsniveau.Laag] = "Aangemeld met e-mailadres en wachtwoord, of met DigiD Basis of Midden.",
                [Betrouwbaarheidsniveau.Substantieel] = "Aangemeld met DigiD Substantieel (via een identiteitsmakelaar).",
                [Betrouwbaarheidsniveau.Hoog] = "Aangemeld met DigiD Hoog (via een identiteitsmakelaar).",
            }),
        Tekst(
            DisciplineCodes.Lijst,
            "Het beroep van een deskundige die advies geeft over een toelaatbaarheidsverklaring. Het eerste van de twee adviezen komt van een orthopedagoog of psycholoog.",
            new Dictionary<Discipline, string>
            {
                [Discipline.Orthopedagoog] = "Orthopedagoog; mag het eerste advies geven.",
                [Discipline.Psycholoog] = "Psycholoog; mag het eerste advies geven.",
                [Discipline.KinderEnJeugdpsycholoog] = "Kinder- en jeugdpsycholoog; mag het eerste advies geven.",
                [Discipline.Pedagoog] = "Pedagoog; alleen het tweede advies.",
                [Discipline.KinderEnJeugdpsychiater] = "Kinder- en jeugdpsychiater; alleen het tweede advies.",
                [Discipline.Arts] = "Arts; alleen het tweede advies.",
                [Discipline.MaatschappelijkWerker] = "Maatschappelijk werker; alleen het tweede advies.",
            }),
        Tekst(
            BeroepsregisterCodes.Lijst,
            "Het beroepsregister waarin een deskundige staat, met het registratienummer daarin.",
            new Dictionary<Beroepsregister, string>
            {
                [Beroepsregister.Nip] = "Nederlands Instituut van Psychologen; een nummer van 3 tot en met 10 cijfers.",
                [Beroepsregister.Nvo] = "Nederlandse Vereniging van Pedagogen en Onderwijskundigen; een nummer van 3 tot en met 10 cijfers.",
                [Beroepsregister.Skj] = "Stichting Kwaliteitsregister Jeugd; een nummer van 3 tot en met 10 cijfers.",
                [Beroepsregister.Big] = "Het BIG-register van beroepen in de individuele gezondheidszorg; een BIG-nummer van 11 cijfers.",
            }),
        Tekst(
            SectorCodes.Lijst,
            "De sector van een samenwerkingsverband; de code begint ermee.",
            new Dictionary<Sector, string>
            {
                [Sector.Po] = "Primair onderwijs.",
                [Sector.Vo] = "Voortgezet onderwijs.",
            }),
        Tekst(
            TenantStatusCodes.Lijst,
            "Of een samenwerkingsverband in gebruik is.",
            new Dictionary<TenantStatus, string>
            {
                [TenantStatus.Actief] = "In gebruik: zijn accounts en koppelingen kunnen inloggen.",
                [TenantStatus.Opgeschort] = "Opgeschort door de platform-beheerder: niemand van dit samenwerkingsverband kan inloggen of een token krijgen.",
            }),
        Tekst(
            AccountstatusCodes.Lijst,
            "Waar een account staat.",
            new Dictionary<Accountstatus, string>
            {
                [Accountstatus.WachtOpActivering] = "Het account is aangemaakt; de persoon heeft nog geen wachtwoord gekozen met de activeringscode.",
                [Accountstatus.Actief] = "De persoon kan inloggen.",
                [Accountstatus.Gedeactiveerd] = "Het account is gestopt; de persoon kan niet meer inloggen.",
            }),
        Getal(
            "Het cluster van (voortgezet) speciaal onderwijs.",
            new Dictionary<Cluster, string>
            {
                [Cluster.Een] = "Leerlingen die blind of slechtziend zijn.",
                [Cluster.Twee] = "Leerlingen die doof of slechthorend zijn of een taal- of spraakstoornis hebben.",
                [Cluster.Drie] = "Leerlingen met een lichamelijke of verstandelijke beperking of die langdurig ziek zijn.",
                [Cluster.Vier] = "Leerlingen met gedragsproblemen of psychiatrische problemen.",
            }),
        Scopeschema(),
    }.Concat(Toelaatbaarheid()).Concat(Ontwikkelingsperspectief()).Concat(Aanmeldingen()).Concat(Dossiers()).Concat(Documenten()).Concat(Termijnen()).Concat(Meldingen()).Concat(Ouders()).Concat(Portfolio()).Concat(Thuiszitters()).Concat(Matching()).ToDictionary(s => s.Enum);

    /// <summary>A reference to the named enum schema for <paramref name="enumType"/>, added to the components on first use.</summary>
    public static OpenApiSchemaReference Referentie(Type enumType, SchemaRepository schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        if (!Schemas.TryGetValue(enumType, out var schema))
        {
            throw new InvalidOperationException($"{enumType.Name} is not a code list of the contract; add it to {nameof(ContractCodelijsten)}.");
        }

        if (!schemas.Schemas.ContainsKey(schema.Naam))
        {
            schemas.AddDefinition(schema.Naam, schema.AlsSchema());
        }

        return new OpenApiSchemaReference(schema.Naam);
    }

    /// <summary>The scopes of the data services, with the descriptions Scopes.cs gives them and its constants' names.</summary>
    private static Codelijstschema Scopeschema()
    {
        var namen = typeof(Scopes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);
        return new Codelijstschema(
            typeof(Scopes),
            "Scope",
            "Een scope: toegang tot één dataservice, voor koppelingen (client credentials).",
            JsonSchemaType.String,
            Scopes.Omschrijvingen.Select(s => new Codewaarde(namen[s.Key], s.Key, JsonValue.Create(s.Key), s.Value, Label: null)).ToList());
    }

    private static Codelijstschema Tekst<T>(Codelijst<T> lijst, string omschrijving, IReadOnlyDictionary<T, string> betekenissen)
        where T : struct, Enum =>
        Maak(omschrijving, betekenissen, JsonSchemaType.String, waarde => lijst.Code(waarde), code => JsonValue.Create(code), lijst.Labels.Count > 0 ? lijst.Label : null);

    private static Codelijstschema Getal<T>(string omschrijving, IReadOnlyDictionary<T, string> betekenissen)
        where T : struct, Enum =>
        Maak(
            omschrijving,
            betekenissen,
            JsonSchemaType.Integer,
            waarde => Convert.ToInt32(waarde, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            code => JsonValue.Create(int.Parse(code, CultureInfo.InvariantCulture)),
            label: null);

    private static Codelijstschema Maak<T>(
        string omschrijving,
        IReadOnlyDictionary<T, string> betekenissen,
        JsonSchemaType type,
        Func<T, string> code,
        Func<string, JsonNode> alsJson,
        Func<T, string>? label)
        where T : struct, Enum
    {
        var zonder = Enum.GetValues<T>().Where(w => !betekenissen.ContainsKey(w)).ToList();
        if (zonder.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: no meaning for {string.Join(", ", zonder)} in {nameof(ContractCodelijsten)}.");
        }

        return new Codelijstschema(
            typeof(T), typeof(T).Name, omschrijving, type, Enum.GetValues<T>().Select(w => new Codewaarde(w.ToString(), code(w), alsJson(code(w)), betekenissen[w], label?.Invoke(w))).ToList());
    }

    private sealed record Codewaarde(string Lid, string Code, JsonNode Json, string Betekenis, string? Label);

    private sealed record Codelijstschema(Type Enum, string Naam, string Omschrijving, JsonSchemaType Type, IReadOnlyList<Codewaarde> Waarden)
    {
        public OpenApiSchema AlsSchema()
        {
            var beschrijving = new StringBuilder(Omschrijving).Append("\n\n");
            foreach (var waarde in Waarden)
            {
                beschrijving.Append("- `").Append(waarde.Code).Append("`: ").Append(waarde.Betekenis).Append('\n');
            }

            var extensies = new Dictionary<string, IOpenApiExtension>
            {
                // Member names for generated clients (NSwag reads x-enumNames, openapi-generator x-enum-varnames), so a
                // code like "in-behandeling" or 1 becomes InBehandeling or Een, the domain's own name.
                ["x-enumNames"] = new JsonNodeExtension(new JsonArray([.. Waarden.Select(w => JsonValue.Create(w.Lid))])),
                ["x-enum-varnames"] = new JsonNodeExtension(new JsonArray([.. Waarden.Select(w => JsonValue.Create(w.Lid))])),
                ["x-enum-descriptions"] = new JsonNodeExtension(new JsonArray([.. Waarden.Select(w => JsonValue.Create(w.Betekenis))])),
            };
            if (Waarden.All(w => w.Label is not null))
            {
                // The Dutch label a screen shows for each code ("In behandeling"), the same words the API's messages
                // use, so a client can show the code as people read it (the SPA's tests compare its own labels with these).
                extensies["x-enum-labels"] = new JsonNodeExtension(new JsonArray([.. Waarden.Select(w => JsonValue.Create(w.Label))]));
            }

            return new OpenApiSchema
            {
                Type = Type,
                Format = Type == JsonSchemaType.Integer ? "int32" : null,
                Description = beschrijving.ToString().TrimEnd('\n'),
                Enum = Waarden.Select(w => w.Json.DeepClone()).ToList(),
                Extensions = extensies,
            };
        }
    }
}
