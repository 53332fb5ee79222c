using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Sync;

/// <summary>
/// Every list and feed refuses a cursor or token it cannot trust with one 400 problem, whatever the reason: made
/// up, changed by one character, given for another list or feed, or pointing past the last change the API knows.
/// </summary>
public class OnbetrouwbareTokenTests : ArrangementTest
{
    private const string Aanbieders = "/api/v1/onderwijsbegeleidingsaanbieders";

    private Dictionary<string, Lijst> _lijsten = null!;

    /// <summary>One list or feed: where to send a token, in which parameter, who may read it, and a token it gave.</summary>
    private sealed record Lijst(string Naam, string Url, string Parameter, string Lezer, string Echt);

    [SetUp]
    public async Task HaalEchteTokensOpAsync()
    {
        foreach (var code in new[] { "500A001", "500A002" })
        {
            using var registratie = await Stuur(HttpMethod.Post, Aanbieders, AanbiederVoorbeeld.Registratie(code, "Aanbieder " + code, 1));
            registratie.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await VraagAanAsync();
        await VraagAanAsync();
        await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);

        // Reading the audit log is itself recorded: two reads make sure it holds more than one page of one.
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/auditregels");
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/auditregels");

        // The receiving school's TLV feed: its full copy may be empty, its last page still carries the token.
        await TestClients.RegistreerVoorVestigingenAsync("las-tlv", "PO2705", [AndereVestiging], "tlv.lezen");
        var tlvLas = await TestClients.TokenAsync(Client, "las-tlv", "tlv.lezen");

        // The school's OPP feed, likewise.
        var oppLas = await LasAsync("las-opp", EigenVestiging, "opp.lezen");

        _lijsten = new Dictionary<string, Lijst>
        {
            ["aanbieders"] = new("aanbieders", $"{Aanbieders}?pageSize=1&cursor=", "cursor", Medewerker,
                await VeldAsync($"{Aanbieders}?pageSize=1", "volgendeCursor", Medewerker)),
            ["aanbieder-wijzigingen"] = new("aanbieder-wijzigingen", $"{Aanbieders}/wijzigingen?token=", "token", Medewerker,
                await VeldAsync($"{Aanbieders}?pageSize=100", "wijzigingenToken", Medewerker)),
            ["arrangementen"] = new("arrangementen", $"{Pad}?pageSize=1&cursor=", "cursor", Medewerker,
                await VeldAsync($"{Pad}?pageSize=1", "volgendeCursor", Medewerker)),
            ["arrangement-wijzigingen"] = new("arrangement-wijzigingen", $"{Pad}/wijzigingen?token=", "token", Medewerker,
                await VeldAsync($"{Pad}?pageSize=100", "wijzigingenToken", Medewerker)),
            ["tlv-wijzigingen"] = new("tlv-wijzigingen", "/api/v1/toelaatbaarheidsverklaringen/wijzigingen?token=", "token", tlvLas,
                await VeldAsync("/api/v1/toelaatbaarheidsverklaringen/sync", "wijzigingenToken", tlvLas)),
            ["opp-wijzigingen"] = new("opp-wijzigingen", "/api/v1/ontwikkelingsperspectiefplannen/wijzigingen?token=", "token", oppLas,
                await VeldAsync("/api/v1/ontwikkelingsperspectiefplannen/sync", "wijzigingenToken", oppLas)),
            ["auditregels"] = new("auditregels", "/api/v1/auditregels?pageSize=1&cursor=", "cursor", Beheerder,
                await VeldAsync("/api/v1/auditregels?pageSize=1", "volgendeCursor", Beheerder)),
            ["leerlingen"] = new("leerlingen", "/api/v1/leerlingen?pageSize=1&cursor=", "cursor", Medewerker,
                await VeldAsync("/api/v1/leerlingen?pageSize=1", "volgendeCursor", Medewerker)),
        };
    }

    [Test]
    public async Task Every_list_and_feed_accepts_the_tokens_it_gave()
    {
        foreach (var lijst in _lijsten.Values)
        {
            using var response = await Stuur(HttpMethod.Get, lijst.Url + lijst.Echt, token: lijst.Lezer);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{lijst.Naam}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Test]
    public async Task A_made_up_string_is_refused_by_every_list_and_feed()
    {
        foreach (var lijst in _lijsten.Values)
        {
            foreach (var verzonnen in new[] { "bestaat-niet", "eyJWIjowLCJEIjo3Mzk5NDN9", "AAAAAAAAAAAAAAAAAAAAAA", new string('A', 2000) })
            {
                await VerwachtOngeldigAsync(lijst, verzonnen, $"made up {verzonnen[..Math.Min(12, verzonnen.Length)]}");
            }
        }
    }

    [Test]
    public async Task A_token_with_one_character_changed_is_refused_by_every_list_and_feed()
    {
        foreach (var lijst in _lijsten.Values)
        {
            // Every position: the format version, the kind, the key number, the content and the signature.
            for (var i = 0; i < lijst.Echt.Length; i++)
            {
                var tekens = lijst.Echt.ToCharArray();
                tekens[i] = tekens[i] == 'A' ? 'B' : 'A';
                var veranderd = new string(tekens);

                // A base64url string's last character can carry unused bits; changing only those changes no byte.
                if (Convert.FromBase64String(Opgevuld(veranderd)).SequenceEqual(Convert.FromBase64String(Opgevuld(lijst.Echt))))
                {
                    continue;
                }

                await VerwachtOngeldigAsync(lijst, veranderd, $"character {i} changed");
            }
        }
    }

    [Test]
    public async Task A_token_of_another_list_or_feed_is_refused()
    {
        foreach (var lijst in _lijsten.Values)
        {
            foreach (var ander in _lijsten.Values.Where(l => l != lijst))
            {
                await VerwachtOngeldigAsync(lijst, ander.Echt, $"token of {ander.Naam}");
            }
        }
    }

    [Test]
    public async Task An_arrangementen_token_sent_to_the_aanbieders_feed_is_invalid_not_gone()
    {
        await VerwachtOngeldigAsync(_lijsten["aanbieder-wijzigingen"], _lijsten["arrangement-wijzigingen"].Echt, "arrangementen token");
    }

    [Test]
    public async Task A_genuinely_signed_token_past_the_last_change_is_refused()
    {
        // What a client holds after the database was restored from an older backup: signed by the API, but from a
        // future this database never reached. Following it would silently skip every change up to that number.
        var tokens = TestOmgeving.Fabriek.Services.GetRequiredService<ISynctokens>();
        var vandaag = DateOnly.FromDateTime(VasteKlok.Standaard.UtcDateTime);
        const long Voorbij = 1_000_000_000;
        var toekomstig = new Dictionary<string, string>
        {
            ["aanbieders"] = await tokens.MaakAsync(new AanbiederCursor(Guid.Empty, Voorbij), CancellationToken.None),
            ["aanbieder-wijzigingen"] = await tokens.MaakAsync(new WijzigingenToken(Voorbij, vandaag, new AanbiederSelectie()), CancellationToken.None),
            ["arrangementen"] = await tokens.MaakAsync(new Synccursor<ArrangementSync>(Guid.Empty, Voorbij), CancellationToken.None),
            ["arrangement-wijzigingen"] = await tokens.MaakAsync(new Feedtoken<ArrangementSync>(Voorbij), CancellationToken.None),
            ["tlv-wijzigingen"] = await tokens.MaakAsync(new Feedtoken<TlvSync>(Voorbij), CancellationToken.None),
            ["opp-wijzigingen"] = await tokens.MaakAsync(new Feedtoken<OppSync>(Voorbij), CancellationToken.None),
        };

        foreach (var (naam, token) in toekomstig)
        {
            await VerwachtOngeldigAsync(_lijsten[naam], token, "past the last change");
        }
    }

    private static string Opgevuld(string base64Url) =>
        base64Url.Replace('-', '+').Replace('_', '/').PadRight(base64Url.Length + ((4 - (base64Url.Length % 4)) % 4), '=');

    private async Task<string> VeldAsync(string url, string veld, string token)
    {
        var pagina = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, url, token: token);
        return pagina.GetProperty(veld).GetString()!;
    }

    /// <summary>A 400 problem of the one type, naming the parameter, and nothing else: no page, no 410.</summary>
    private async Task VerwachtOngeldigAsync(Lijst lijst, string token, string geval)
    {
        using var response = await Stuur(HttpMethod.Get, lijst.Url + Uri.EscapeDataString(token), token: lijst.Lezer);
        var inhoud = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, $"{lijst.Naam}, {geval}: {inhoud}");
        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ongeldig-token", $"{lijst.Naam}, {geval}");
        var fout = probleem.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        fout.GetProperty("parameter").GetString().ShouldBe(lijst.Parameter, $"{lijst.Naam}, {geval}");
        fout.GetProperty("code").GetString().ShouldBe(lijst.Parameter == "cursor" ? "ongeldige-cursor" : "ongeldig-token");
        response.Headers.ETag.ShouldBeNull();
    }
}
