using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Koppelingen;

namespace PassendOnderwijs.Api.Endpoints.Koppelingen;

/// <summary>The columns of a koppelingen export: what the Koppelingen screen shows, scopes in words. Never a secret.</summary>
internal static class KoppelingTabel
{
    // The same names as the SPA shows (client/src/beheerWeergave.ts); the codes are the contract's.
    private static readonly Dictionary<string, string> ScopeNamen = new(StringComparer.Ordinal)
    {
        [Scopes.AanbiedersLezen] = "Aanbieders lezen",
        [Scopes.ArrangementenLezen] = "Arrangementen lezen",
        [Scopes.ArrangementenSchrijven] = "Arrangementen schrijven",
        [Scopes.LeerlingenLezen] = "Leerlingen lezen",
        [Scopes.LeerlingenKoppelen] = "Leerlingsleutels van het LAS vastleggen",
        [Scopes.TlvLezen] = "Toelaatbaarheidsverklaringen lezen",
        [Scopes.OppLezen] = "OPP's lezen voor ROD",
        [Scopes.OppRegistreren] = "ROD-registratie van OPP's bevestigen",
        [Scopes.DossiersAanleveren] = "OSO-dossiers aanleveren",
        [Scopes.LeerlingaantallenAanleveren] = "Leerlingaantallen aanleveren",
        [Scopes.NotificatiesLezen] = "Notificaties lezen",
        [Scopes.WebhooksBeheren] = "Eigen webhooks beheren",
    };

    private static readonly Dictionary<string, string> Authenticaties = new(StringComparer.Ordinal)
    {
        ["private_key_jwt"] = "Publieke sleutel (JWKS)",
        ["client_secret_basic"] = "Geheim (client secret)",
    };

    public static Tabel<KoppelingDto> Tabel { get; } = new("koppelingen",
    [
        new("Naam", k => Cel.AlsTekst(k.Naam)),
        new("Client-id", k => Cel.AlsTekst(k.ClientId)),
        new("Mag", k => Cel.AlsTekst(string.Join(", ", k.Scopes.Select(s => ScopeNamen.GetValueOrDefault(s, s))))),
        new("Scholen", k => Cel.AlsTekst(string.Join(", ", k.Vestigingen))),
        new("Inloggen met", k => Cel.AlsTekst(Authenticaties.GetValueOrDefault(k.Authenticatie, k.Authenticatie))),
    ]);
}
