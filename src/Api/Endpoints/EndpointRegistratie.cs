using PassendOnderwijs.Api.Endpoints.Aanmeldingen;
using PassendOnderwijs.Api.Endpoints.Arrangementen;
using PassendOnderwijs.Api.Endpoints.Audit;
using PassendOnderwijs.Api.Endpoints.Begeleidingsaanbod;
using PassendOnderwijs.Api.Endpoints.Beleid;
using PassendOnderwijs.Api.Endpoints.Beleidsinformatie;
using PassendOnderwijs.Api.Endpoints.Deskundigen;
using PassendOnderwijs.Api.Endpoints.Portfolio;
using PassendOnderwijs.Api.Endpoints.Thuiszitters;
using PassendOnderwijs.Api.Endpoints.Dossiers;
using PassendOnderwijs.Api.Endpoints.Documenten;
using PassendOnderwijs.Api.Endpoints.Expertises;
using PassendOnderwijs.Api.Endpoints.Gebruikers;
using PassendOnderwijs.Api.Endpoints.Identiteit;
using PassendOnderwijs.Api.Endpoints.Koppelingen;
using PassendOnderwijs.Api.Endpoints.Leerlingen;
using PassendOnderwijs.Api.Endpoints.Meldingen;
using PassendOnderwijs.Api.Endpoints.Organisaties;
using PassendOnderwijs.Api.Endpoints.Ouderportaal;
using PassendOnderwijs.Api.Endpoints.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Api.Endpoints.Platform;
using PassendOnderwijs.Api.Endpoints.Termijnen;
using PassendOnderwijs.Api.Endpoints.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Api.Endpoints.Webhooks;
using PassendOnderwijs.Api.Endpoints.Zoeken;

namespace PassendOnderwijs.Api.Endpoints;

/// <summary>Every use case's endpoint, one line each, under /api/v1.</summary>
internal static class EndpointRegistratie
{
    public static RouteGroupBuilder MapApiEndpoints(this RouteGroupBuilder api)
    {
        api.MapGeefExpertises();
        api.MapGeefExpertise();
        api.MapPubliceerExpertiseWaardelijst();
        api.MapGeefIk();
        api.MapKoppelingen();
        api.MapWebhooks();
        api.MapGebruikers();
        api.MapAudit();
        api.MapAanbiederLezen();
        api.MapAanbiederBeheer();
        api.MapOrganisaties();
        api.MapDeskundigen();
        api.MapExpertboek();
        api.MapPortfolioevaluatie();
        api.MapBeleidsinformatie();
        api.MapBeleid();
        api.MapLeerlingaantallen();
        api.MapLogo();
        api.MapSamenwerkingsverbandBeheer();
        api.MapPlatformgebruikers();
        api.MapOrganisatieImport();
        api.MapLeerlingen();
        api.MapDocumenten();
        api.MapArrangementLezen();
        api.MapArrangementStappen();
        api.MapToelaatbaarheidsverklaringen();
        api.MapOntwikkelingsperspectiefplannen();
        api.MapAanmeldingen();
        api.MapDossiers();
        api.MapZoeken();
        api.MapMeldingen();
        api.MapTermijnen();
        api.MapOuderportaal();
        api.MapExpertinzet();
        api.MapCasuistiek();
        api.MapTevredenheid();
        api.MapMiddelen();
        api.MapSamenwerkingsprojecten();
        api.MapThuiszitters();
        return api;
    }
}
