using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>
/// Tests on toelaatbaarheidsverklaringen, on top of <see cref="ArrangementTest"/>'s samenwerkingsverband: the pupil at
/// 12AB00 (De Regenboog), the SBO school 34CD00 (De Brug) as beoogde school, and in the register of deskundigen an
/// orthopedagoog and an arts of an independent practice, and a psycholoog employed by De Regenboog itself.
/// </summary>
public abstract class TlvTest : ArrangementTest
{
    protected const string TlvPad = "/api/v1/toelaatbaarheidsverklaringen";

    protected string Orthopedagoog { get; private set; } = null!;

    protected string Arts { get; private set; } = null!;

    protected string Psycholoog { get; private set; } = null!;

    protected Guid OrthopedagoogId { get; private set; }

    protected Guid ArtsId { get; private set; }

    /// <summary>Employed by the requesting school: the law does not let them advise.</summary>
    protected Guid PsycholoogVanDeSchoolId { get; private set; }

    [SetUp]
    public async Task RegistreerDeskundigenAsync()
    {
        OrthopedagoogId = await RegistreerDeskundigeAsync("ortho@praktijk.nl", "Olga Orthopedagoog", "orthopedagoog", "Praktijk De Linde", null);
        ArtsId = await RegistreerDeskundigeAsync("arts@praktijk.nl", "Anton Arts", "arts", "Praktijk De Linde", null);
        PsycholoogVanDeSchoolId = await RegistreerDeskundigeAsync("psy@regenboog.nl", "Petra Psycholoog", "psycholoog", "De Regenboog", EigenVestiging);
        Orthopedagoog = await Aanmelding.AccessTokenAsync("ortho@praktijk.nl");
        Arts = await Aanmelding.AccessTokenAsync("arts@praktijk.nl");
        Psycholoog = await Aanmelding.AccessTokenAsync("psy@regenboog.nl");
    }

    /// <summary>The request the IB'er of De Regenboog sends: SBO at De Brug from 1 August 2027, every part filled in.</summary>
    protected static object Aanvraag(Guid leerlingId) => new
    {
        leerlingId,
        soort = "SBO",
        categorie = "NVT",
        beoogdeSchool = new { vestiging = AndereVestiging },
        ingangsdatum = "2027-08-01",
        onderwijsbehoeften = new { aandachtEnTijd = "Een kleine groep met een vaste leerkracht.", ruimtelijkeOmgeving = "Een prikkelarme werkplek." },
        basisondersteuning = "Verlengde instructie en een eigen werkplek.",
        extraOndersteuning = "Een jaar een arrangement met een ambulant begeleider; de leerling raakt toch overprikkeld.",
        visieOuders = "De ouders steunen de aanvraag.",
        visieLeerling = "Sanne wil graag naar een rustige school.",
    };

    protected static object Advies(bool toelaatbaar = true) => new
    {
        toelaatbaar,
        soort = toelaatbaar ? "SBO" : null,
        categorie = toelaatbaar ? "NVT" : null,
        motiveringOnderwijsbehoeften = "Heeft structuur en een kleine groep nodig.",
        motiveringRegulier = "De reguliere school kan dat niet bieden.",
        motiveringBeoogdeSchool = "De Brug biedt dat.",
        datum = "2026-11-24",
        onafhankelijkheidVerklaard = true,
    };

    protected static object Besluit(string beschikkingsnummer = "PO2705-TLV-0001") => new
    {
        toelaatbaar = true,
        soort = "SBO",
        categorie = "NVT",
        ingangsdatum = "2027-08-01",
        beschikkingsnummer,
        besluitdatum = "2026-11-24",
        motivering = "Beide deskundigen onderschrijven de onderwijsbehoeften.",
    };

    /// <summary>Requested by the IB'er, for Sanne unless another pupil of De Regenboog is given; returns its id and ETag.</summary>
    protected async Task<(Guid Id, string Etag)> VraagTlvAanAsync(Guid? leerling = null)
    {
        using var response = await Stuur(HttpMethod.Post, TlvPad, Aanvraag(leerling ?? LeerlingId), IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>A TLV for <paramref name="leerling"/> (or the test's pupil) decided and made known, ending on 31 May 2027: its herindicatie is due.</summary>
    protected async Task<Guid> AflopendAsync(string beschikkingsnummer, Guid? leerling = null)
    {
        var (id, etag) = await GeadviseerdAsync(leerling);
        etag = await ZetTlvStapAsync(id, "besluit", etag, new
        {
            toelaatbaar = true,
            soort = "SBO",
            categorie = "NVT",
            ingangsdatum = "2026-12-01",
            einddatum = "2027-05-31",
            redenAfwijkendeDuur = "Een tijdelijke plaatsing tot de zomer; daarna kijken we opnieuw.",
            beschikkingsnummer,
            besluitdatum = "2026-11-24",
            motivering = "Beide deskundigen onderschrijven de onderwijsbehoeften.",
        }, Medewerker);
        await ZetTlvStapAsync(id, "bekendmaking", etag, new { bekendgemaaktOp = "2026-11-24" }, Medewerker);
        return id;
    }

    /// <summary>Requested, both deskundigen asked and advised: ready for the decision.</summary>
    protected async Task<(Guid Id, string Etag)> GeadviseerdAsync(Guid? leerling = null)
    {
        var (id, etag) = await VraagTlvAanAsync(leerling);
        etag = await ZetTlvStapAsync(id, "adviseurs", etag, new { plek = "eerste", deskundigeId = OrthopedagoogId }, Medewerker);
        etag = await ZetTlvStapAsync(id, "adviseurs", etag, new { plek = "tweede", deskundigeId = ArtsId }, Medewerker);
        etag = await ZetTlvStapAsync(id, "adviezen", etag, Advies(), Orthopedagoog);
        etag = await ZetTlvStapAsync(id, "adviezen", etag, Advies(), Arts);
        return (id, etag);
    }

    /// <summary>Decided and made known on the test's today (24 November 2026).</summary>
    protected async Task<(Guid Id, string Etag)> BekendgemaaktAsync(string beschikkingsnummer = "PO2705-TLV-0001", Guid? leerling = null)
    {
        var (id, etag) = await GeadviseerdAsync(leerling);
        etag = await ZetTlvStapAsync(id, "besluit", etag, Besluit(beschikkingsnummer), Medewerker);
        etag = await ZetTlvStapAsync(id, "bekendmaking", etag, new { bekendgemaaktOp = "2026-11-24" }, Medewerker);
        return (id, etag);
    }

    protected Task<HttpResponseMessage> TlvStapAsync(Guid id, string stap, string? ifMatch, object? inhoud, string token) =>
        StapOpAsync($"{TlvPad}/{id}/{stap}", ifMatch, inhoud, token);

    protected async Task<string> ZetTlvStapAsync(Guid id, string stap, string etag, object? inhoud, string token)
    {
        using var response = await TlvStapAsync(id, stap, etag, inhoud, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    protected async Task<(JsonElement Tlv, string Etag)> HaalTlvOpAsync(Guid id, string? token = null)
    {
        using var response = await Stuur(HttpMethod.Get, $"{TlvPad}/{id}", token: token ?? Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    private async Task<Guid> RegistreerDeskundigeAsync(string email, string naam, string discipline, string werkgever, string? vestiging)
    {
        var account = await Aanmelding.RegistreerAsync(email, Rol.Deskundige);
        var deskundige = await Verwacht(
            HttpStatusCode.Created, HttpMethod.Post, "/api/v1/deskundigen",
            new { naam, discipline, werkgever, vestiging, accountId = account }, Medewerker);
        return deskundige.GetProperty("id").GetGuid();
    }
}
