using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Application.Platform.Commands.HeractiveerSamenwerkingsverband;
using PassendOnderwijs.Application.Platform.Commands.MaakEersteBeheerder;
using PassendOnderwijs.Application.Platform.Commands.RegistreerSamenwerkingsverband;
using PassendOnderwijs.Application.Platform.Commands.SchortSamenwerkingsverbandOp;
using PassendOnderwijs.Application.Platform.Commands.VernieuwBeheerderActivatiecode;
using PassendOnderwijs.Application.Platform.Queries.GeefBeheerders;
using PassendOnderwijs.Application.Platform.Queries.GeefSamenwerkingsverbanden;
using PassendOnderwijs.Application.Platform.Queries.GeefSamenwerkingsverbandStatus;

namespace PassendOnderwijs.Api.Endpoints.Platform;

/// <summary>
/// The samenwerkingsverbanden as tenants of the installation, managed by the platform-beheerder: register one, create
/// its first beheerder, suspend and reactivate it, and see how it is used. Status and figures only, never pupil data.
/// The contract's failure responses follow from each message (its access rule, <c>KanFalen</c> and If-Match).
/// </summary>
internal static class SamenwerkingsverbandBeheerEndpoints
{
    private const string Tag = "Platform";
    private const string Pad = "/samenwerkingsverbanden";
    private const string Tenant = Pad + "/{code}";

    public static void MapSamenwerkingsverbandBeheer(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefSamenwerkingsverbanden).WithName("geefSamenwerkingsverbanden").Beschrijf(Tag,
            "Alle samenwerkingsverbanden met hun status en gebruik",
            "Per samenwerkingsverband: status, aantal accounts (actief en wachtend op activering), aantal koppelingen en " +
            "het moment van de laatste activiteit (de nieuwste regel in zijn auditlog). Alleen voor de platform-beheerder.");
        api.MapPost(Pad, RegistreerSamenwerkingsverband).WithName("registreerSamenwerkingsverband").Beschrijf(Tag,
            "Registreer een samenwerkingsverband",
            "Met code (PO of VO en vier cijfers), naam en sector; de sector hoort bij het begin van de code. 409 als de code al bestaat.");
        api.MapGet(Tenant, GeefSamenwerkingsverbandStatus).WithName("geefSamenwerkingsverbandStatus").MetParameter(ContractParameters.SwvCode)
            .Beschrijf(Tag, "Eén samenwerkingsverband met zijn status en gebruik", "De ETag is wat opschorten en weer activeren in If-Match meesturen.");
        api.MapPost(Tenant + "/beheerders", MaakEersteBeheerder).WithName("maakEersteBeheerder").MetParameter(ContractParameters.SwvCode)
            .Beschrijf(Tag,
                "Maak de eerste beheerder van een samenwerkingsverband aan",
                "Het antwoord bevat eenmalig een activeringscode (7 dagen geldig) waarmee de beheerder op /activeren zelf een " +
                "wachtwoord kiest. 409 als het samenwerkingsverband al een actieve beheerder heeft: die maakt de andere accounts aan.");
        api.MapGet(Tenant + "/beheerders", GeefBeheerders).WithName("geefBeheerders").MetParameter(ContractParameters.SwvCode)
            .Beschrijf(Tag,
                "De beheerders van een samenwerkingsverband",
                "Naam, e-mailadres en status van elk account met de rol swv-beheerder, om hen te helpen (bijvoorbeeld met een " +
                "nieuwe activeringscode). De andere accounts van het samenwerkingsverband ziet alleen zijn eigen beheerder.");
        api.MapPost(Tenant + "/beheerders/{id:guid}/activatiecode", VernieuwBeheerderActivatiecode).WithName("vernieuwBeheerderActivatiecode")
            .MetParameter(ContractParameters.SwvCode).MetParameter(ContractParameters.GebruikerId)
            .Beschrijf(Tag,
                "Geef een beheerder van een samenwerkingsverband een nieuwe activeringscode",
                "Voor een beheerder die zijn account nog niet geactiveerd heeft (de eerste code is kwijt of verlopen) of zijn " +
                "wachtwoord vergeten is. Het antwoord bevat eenmalig de nieuwe code (7 dagen geldig); de vorige code werkt niet " +
                "meer, het huidige wachtwoord tot de code gebruikt is. 409 als het account gedeactiveerd is of het " +
                "samenwerkingsverband opgeschort.");
        api.MapPost(Tenant + "/opschorting", SchortOp).WithName("schortSamenwerkingsverbandOp").MetParameter(ContractParameters.SwvCode)
            .Beschrijf(Tag,
                "Schort een samenwerkingsverband op",
                "Alle tokens van zijn accounts en koppelingen stoppen meteen; inloggen, activeren en nieuwe tokens worden geweigerd " +
                "tot het weer actief is. Zijn gegevens blijven bewaard.");
        api.MapPost(Tenant + "/heractivering", Heractiveer).WithName("heractiveerSamenwerkingsverband").MetParameter(ContractParameters.SwvCode)
            .Beschrijf(Tag,
                "Activeer een opgeschort samenwerkingsverband weer",
                "Zijn accounts en koppelingen kunnen weer inloggen en tokens krijgen; ingetrokken tokens blijven ingetrokken.");
    }

    private static Task<Results<Ok<TenantLijstDto>, ProblemHttpResult>> GeefSamenwerkingsverbanden(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefSamenwerkingsverbandenQuery(), http, ct);

    private static async Task<Results<Created<TenantDto>, ProblemHttpResult>> RegistreerSamenwerkingsverband(
        NieuwSamenwerkingsverbandVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerSamenwerkingsverbandCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, s => $"{Pad}/{s.Code}");

    private static Task<Results<Ok<TenantDto>, ProblemHttpResult>> GeefSamenwerkingsverbandStatus(
        string code, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefSamenwerkingsverbandStatusQuery(code), http, ct);

    private static async Task<Results<Created<NieuweGebruikerDto>, ProblemHttpResult>> MaakEersteBeheerder(
        string code, NieuweBeheerderVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new MaakEersteBeheerderCommand(code, v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, n => $"/gebruikers/{n.Gebruiker.Id}");

    private static Task<Results<Ok<GebruikerLijstDto>, ProblemHttpResult>> GeefBeheerders(string code, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefBeheerdersQuery(code), http, ct);

    private static Task<Results<Ok<NieuweGebruikerDto>, ProblemHttpResult>> VernieuwBeheerderActivatiecode(
        string code, Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VernieuwBeheerderActivatiecodeCommand(code, id), http, ct);

    private static Task<Results<Ok<TenantDto>, ProblemHttpResult>> SchortOp(string code, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new SchortSamenwerkingsverbandOpCommand(code, http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<TenantDto>, ProblemHttpResult>> Heractiveer(string code, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new HeractiveerSamenwerkingsverbandCommand(code, http.VerwachteVersie()), http, ct);
}
