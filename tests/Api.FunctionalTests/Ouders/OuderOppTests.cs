using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Ouders;

/// <summary>
/// Issue 19, the OPP for ouders: they read their own child's plan (a concept only once the school shared it) and give
/// or refuse their instemming online, tied to the exact text and the assurance level of their sign-in; the school
/// sees it at once. Two families at one school: an ouder cannot read or answer for another child.
/// </summary>
public class OuderOppTests : OppTest
{
    private const string Kinderen = "/api/v1/ouderportaal/kinderen";

    [Test]
    public async Task An_ouder_reads_the_shared_concept_of_their_own_child_and_answers_on_exactly_that_text()
    {
        var bram = await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen);
        var moeder = (await NodigUitEnActiveerAsync(LeerlingId, "moeder.sanne@voorbeeld.nl", "Eva de Vries")).Token;
        var vader = (await NodigUitEnActiveerAsync(bram, "vader.bram@voorbeeld.nl", "Tom Jansen")).Token;
        var (id, etag) = await StartOppAsync();
        etag = await WerkOppBijAsync(id, etag, Inhoud);
        var plan = $"{Kinderen}/{LeerlingId}/opps/{id}";

        // A concept the school did not share is the school's own: the ouder sees no plan at all.
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}/opps", token: moeder)).GetProperty("opps").GetArrayLength().ShouldBe(0);
        using (var verborgen = await Stuur(HttpMethod.Get, plan, token: moeder))
        {
            (await ProbleemAsync(verborgen, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:opp-onbekend");
        }

        etag = await ZetOppStapAsync(id, "concept-delen", etag, null);
        var lijst = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}/opps", token: moeder)).GetProperty("opps").EnumerateArray().ShouldHaveSingleItem();
        lijst.GetProperty("vraagtInstemming").GetBoolean().ShouldBeTrue();
        lijst.GetProperty("school").GetString().ShouldBe("De Regenboog");
        var gelezen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, plan, token: moeder);
        gelezen.GetProperty("instemmingGevraagd").GetInt32().ShouldBe(1);
        gelezen.TryGetProperty("vastgesteld", out _).ShouldBeFalse();
        var concept = gelezen.GetProperty("concept");
        concept.GetProperty("doelen")[0].GetProperty("termijn").GetString().ShouldBe("Lange termijn");
        concept.GetProperty("ondersteuning")[0].GetProperty("doorWie").GetString().ShouldBe("Leesspecialist");
        concept.GetProperty("evaluatiemomenten").GetArrayLength().ShouldBe(2);
        var vingerafdruk = concept.GetProperty("vingerafdruk").GetString()!;

        // The other family: Sanne does not exist for Bram's father, nor her plan under his own child.
        foreach (var pad in new[] { $"{Kinderen}/{LeerlingId}/opps", plan, $"{Kinderen}/{bram}/opps/{id}" })
        {
            using var ander = await Stuur(HttpMethod.Get, pad, token: vader);
            ander.StatusCode.ShouldBe(HttpStatusCode.NotFound, pad);
        }

        using (var namens = await Stuur(HttpMethod.Post, $"{plan}/instemming", new { vingerafdruk, gegeven = true }, vader))
        {
            (await ProbleemAsync(namens, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:leerling-onbekend");
        }

        using (var onvolledig = await Stuur(HttpMethod.Post, $"{plan}/instemming", new { gegeven = false }, moeder))
        {
            (await ProbleemAsync(onvolledig, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
                .ShouldBe(["vingerafdruk-vereist", "reden-vereist"], ignoreOrder: true);
        }

        using (var andereTekst = await Stuur(HttpMethod.Post, $"{plan}/instemming", new { vingerafdruk = new string('0', 64), gegeven = true }, moeder))
        {
            (await ProbleemAsync(andereTekst, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:tekst-gewijzigd");
        }

        // Only the portal records an answer given in the portal: the school cannot claim one.
        using (var school = await OppStapAsync(id, "instemming", etag, new { versienummer = 1, gegeven = true, datum = "2026-11-20", ouder = "Eva", wijze = "digitaal-in-portaal" }))
        {
            await ProbleemAsync(school, 400);
        }

        var antwoord = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{plan}/instemming", new { vingerafdruk, gegeven = false, reden = "Wij willen eerst het overleg." }, moeder);
        var gegeven = antwoord.GetProperty("concept").GetProperty("antwoord");
        gegeven.GetProperty("gegeven").GetBoolean().ShouldBeFalse();
        gegeven.GetProperty("ouder").GetString().ShouldBe("Eva de Vries");
        gegeven.GetProperty("wijze").GetString().ShouldBe("Door de ouder zelf in het ouderportaal");
        gegeven.GetProperty("betrouwbaarheidsniveau").GetString().ShouldStartWith("Laag");

        // The school sees at once how and at what level the ouder answered, and gets a melding.
        var (staf, nieuweEtag) = await HaalOppOpAsync(id);
        var instemming = staf.GetProperty("versies")[0].GetProperty("instemming");
        instemming.GetProperty("wijze").GetString().ShouldBe("digitaal-in-portaal");
        instemming.GetProperty("betrouwbaarheidsniveau").GetString().ShouldBe("laag");
        instemming.GetProperty("reden").GetString().ShouldBe("Wij willen eerst het overleg.");
        instemming.GetProperty("vastgelegdDoor").GetProperty("naam").GetString().ShouldBe("Eva de Vries");
        await VerwerkOutboxAsync();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: IbEigen)).GetProperty("meldingen").EnumerateArray()
            .Select(m => m.GetProperty("tekst").GetString()).ShouldContain("Een ouder heeft in het ouderportaal niet ingestemd met het handelingsdeel van een OPP.");

        // The school changes the handelingsdeel: the text the ouder read is gone, so their next answer on it is refused.
        await WerkOppBijAsync(id, nieuweEtag, new
        {
            handelingsdeel = new
            {
                doelen = new[] { new { termijn = "korte-termijn", domein = "Rekenen", omschrijving = "Tafels tot 10 in april." } },
                ondersteuning = Array.Empty<object>(),
                evaluatiemomenten = new[] { "2027-04-01" },
            },
        });
        using (var verouderd = await Stuur(HttpMethod.Post, $"{plan}/instemming", new { vingerafdruk, gegeven = true }, moeder))
        {
            (await ProbleemAsync(verouderd, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:tekst-gewijzigd");
        }

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.ShouldContain(("lezen", "ontwikkelingsperspectiefplan", "Eva de Vries"));
        audit.ShouldContain(("wijzigen", "ontwikkelingsperspectiefplan", "Eva de Vries"));
    }

    [Test]
    public async Task Instemming_on_a_vastgestelde_version_that_waits_makes_its_handelingsdeel_hold()
    {
        var moeder = (await NodigUitEnActiveerAsync(LeerlingId, "moeder.sanne@voorbeeld.nl", "Eva de Vries")).Token;
        var (id, etag) = await StartOppAsync();
        etag = await WerkOppBijAsync(id, etag, Inhoud);
        etag = await ZetOppStapAsync(id, "overleg", etag, new { datum = "2026-11-20", deelnemers = "Ouders", uitkomst = "Nog niet eens." });
        etag = await ZetOppStapAsync(id, "hoorrecht", etag, new { gehoord = false, toelichting = "De leerling wilde er niet over praten." });
        await ZetOppStapAsync(id, "vaststelling", etag, new { vastgesteldOp = "2026-11-21" });
        var plan = $"{Kinderen}/{LeerlingId}/opps/{id}";

        var gelezen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, plan, token: moeder);
        var vastgesteld = gelezen.GetProperty("vastgesteld");
        vastgesteld.GetProperty("handelingsdeelGeldt").GetBoolean().ShouldBeFalse();
        gelezen.GetProperty("instemmingGevraagd").GetInt32().ShouldBe(1);

        var antwoord = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{plan}/instemming",
            new { vingerafdruk = vastgesteld.GetProperty("vingerafdruk").GetString(), gegeven = true }, moeder);
        antwoord.GetProperty("vastgesteld").GetProperty("handelingsdeelGeldt").GetBoolean().ShouldBeTrue();
        antwoord.TryGetProperty("instemmingGevraagd", out _).ShouldBeFalse();
        var (staf, _) = await HaalOppOpAsync(id);
        staf.GetProperty("versies")[0].GetProperty("handelingsdeelVastgesteld").GetBoolean().ShouldBeTrue();
    }

    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }
}
