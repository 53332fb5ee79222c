using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Arrangementen;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>
/// Tests on arrangementen in PO2705, set up through the API: an indeling, one bestuur, two schools (12AB00 and
/// 34CD00), an IB'er of each, an SWV medewerker, an expert, and a pupil at 12AB00.
/// </summary>
public abstract partial class ArrangementTest : BeheerderTest
{
    protected const string Pad = "/api/v1/arrangementen";
    protected const string EigenVestiging = "12AB00";
    protected const string AndereVestiging = "34CD00";

    protected string Medewerker { get; private set; } = null!;

    protected string IbEigen { get; private set; } = null!;

    protected string IbAnder { get; private set; } = null!;

    protected string Expert { get; private set; } = null!;

    /// <summary>The expert's account id: what a betrokkene or an arrangement's provider names.</summary>
    protected Guid ExpertId { get; private set; }

    protected Guid LeerlingId { get; private set; }

    [SetUp]
    public async Task RichtSamenwerkingsverbandInAsync()
    {
        // The platform registers the samenwerkingsverband; its beheerder sets up the indeling on that version.
        var versie = await Platform.Tenants.RegistreerAsync();
        using (var inrichting = new HttpRequestMessage(HttpMethod.Put, "/api/v1/samenwerkingsverband"))
        {
            inrichting.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Beheerder);
            inrichting.Headers.TryAddWithoutValidation("If-Match", $"\"{versie}\"");
            inrichting.Content = System.Net.Http.Json.JsonContent.Create(
                new { naam = "SWV Test", regios = new[] { new { naam = "Noord", lokaleNetwerken = new[] { "Noord-West" } } } });
            using var ingericht = await Client.SendAsync(inrichting);
            ingericht.StatusCode.ShouldBe(HttpStatusCode.OK, await ingericht.Content.ReadAsStringAsync());
        }

        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/schoolbesturen", new { nummer = "41234", naam = "Stichting Test" });
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = EigenVestiging, naam = "De Regenboog", soort = "BAO", schoolbestuur = "41234", regio = "Noord", lokaalNetwerk = "Noord-West" });
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = AndereVestiging, naam = "De Brug", soort = "SBO", schoolbestuur = "41234" });

        await Aanmelding.RegistreerAsync("medewerker@swv.nl", Rol.SwvMedewerker);
        await Aanmelding.RegistreerAsync("ib@regenboog.nl", Rol.SchoolMedewerker, EigenVestiging);
        await Aanmelding.RegistreerAsync("ib@brug.nl", Rol.SchoolMedewerker, AndereVestiging);
        ExpertId = await Aanmelding.RegistreerAsync("expert@swv.nl", Rol.Expert);
        Medewerker = await Aanmelding.AccessTokenAsync("medewerker@swv.nl");
        IbEigen = await Aanmelding.AccessTokenAsync("ib@regenboog.nl");
        IbAnder = await Aanmelding.AccessTokenAsync("ib@brug.nl");
        Expert = await Aanmelding.AccessTokenAsync("expert@swv.nl");
        LeerlingId = await RegistreerLeerlingAsync("Sanne", EigenVestiging, IbEigen);
    }

    /// <summary>A change that needs the version the caller saw (If-Match), e.g. a school's profile or a pupil's needs.</summary>
    protected async Task<HttpResponseMessage> Wijzig(HttpMethod methode, string pad, string ifMatch, object inhoud, string token)
    {
        using var verzoek = new HttpRequestMessage(methode, pad) { Content = System.Net.Http.Json.JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(verzoek);
    }

    protected async Task<Guid> RegistreerLeerlingAsync(string voornaam, string vestiging, string token)
    {
        var leerling = await Verwacht(
            HttpStatusCode.Created, HttpMethod.Post, "/api/v1/leerlingen",
            new { voornaam, achternaam = "Test", geboortedatum = "2017-05-01", vestiging, groep = "5" }, token);
        return leerling.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Lets the expert see the pupil (need to know): SWV staff add them as betrokkene until <paramref name="tot"/>.
    /// Returns the betrokkene's id.
    /// </summary>
    protected async Task<Guid> MaakExpertBetrokkenAsync(Guid? leerling = null, string tot = "2027-07-31") =>
        (await Verwacht(
            HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/leerlingen/{leerling ?? LeerlingId}/betrokkenen",
            new { expertId = ExpertId, reden = "Begeleidt de leerling bij het arrangement.", tot }, Medewerker)).GetProperty("id").GetGuid();

    /// <summary>Requests an arrangement as the IB'er of the pupil's school; returns its id and ETag.</summary>
    protected async Task<(Guid Id, string Etag)> VraagAanAsync(Guid? leerling = null, object? aanvraag = null)
    {
        using var response = await Stuur(HttpMethod.Post, Pad, aanvraag ?? ArrangementVoorbeeld.Aanvraag(leerling ?? LeerlingId), IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>One step in the lifecycle with If-Match; returns the response (dispose it).</summary>
    protected Task<HttpResponseMessage> StapAsync(Guid id, string stap, string? ifMatch, object? inhoud, string token) =>
        StapOpAsync($"{Pad}/{id}/{stap}", ifMatch, inhoud, token);

    /// <summary>A POST (or <paramref name="methode"/>) of one step of a workflow to <paramref name="pad"/>, with If-Match; returns the response (dispose it).</summary>
    protected async Task<HttpResponseMessage> StapOpAsync(string pad, string? ifMatch, object? inhoud, string token, HttpMethod? methode = null)
    {
        using var verzoek = new HttpRequestMessage(methode ?? HttpMethod.Post, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        verzoek.Content = JsonContent.Create(inhoud ?? new { });
        return await Client.SendAsync(verzoek);
    }

    /// <summary>A step that must succeed; returns the new ETag.</summary>
    protected async Task<string> ZetStapAsync(Guid id, string stap, string etag, object? inhoud, string token)
    {
        using var response = await StapAsync(id, stap, etag, inhoud, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    /// <summary>Walks a fresh request to "actief" (in behandeling, toegekend, gestart); returns the ETag.</summary>
    protected async Task<string> MaakActiefAsync(Guid id, string etag, string beschikkingsnummer, string startdatum = "2026-11-10")
    {
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        etag = await ZetStapAsync(id, "toekenning", etag, new { beschikkingsnummer, besluitdatum = "2026-11-24", motivering = "Past bij de onderwijsbehoeften." }, Medewerker);
        return await ZetStapAsync(id, "start", etag, new { startdatum }, IbEigen);
    }

    protected async Task<(JsonElement Arrangement, string Etag)> HaalOpAsync(Guid id, string? token = null)
    {
        using var response = await Stuur(HttpMethod.Get, $"{Pad}/{id}", token: token ?? Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    protected async Task<JsonElement> Verwacht(HttpStatusCode status, HttpMethod methode, string pad, object? inhoud = null, string? token = null)
    {
        using var response = await Stuur(methode, pad, inhoud, token);
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }
}
