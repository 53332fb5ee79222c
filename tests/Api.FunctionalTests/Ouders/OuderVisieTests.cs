using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Ouders;

/// <summary>
/// Issue 19, "Hoe denk jij erover?": the ouder gives their view on what their child needs on their own child's plan;
/// it goes into the open concept (the school cannot change their words), the school sees it and gets a melding, and a
/// new version takes the latest view. Two families at one school: an ouder cannot give a view for another child.
/// </summary>
public class OuderVisieTests : OppTest
{
    private const string Kinderen = "/api/v1/ouderportaal/kinderen";

    [Test]
    public async Task An_ouder_gives_their_view_on_the_shared_concept_and_the_school_reads_it_unchanged()
    {
        var bram = await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen);
        var moeder = (await NodigUitEnActiveerAsync(LeerlingId, "moeder.sanne@voorbeeld.nl", "Eva de Vries")).Token;
        var vader = (await NodigUitEnActiveerAsync(bram, "vader.bram@voorbeeld.nl", "Tom Jansen")).Token;
        var (id, etag) = await StartOppAsync();
        etag = await WerkOppBijAsync(id, etag, Inhoud);
        var visie = $"{Kinderen}/{LeerlingId}/opps/{id}/visie";
        var woorden = new { aandachtEnTijd = "Korte uitleg, dan zelf proberen.", ruimtelijkeOmgeving = "Een rustige plek.", watWerktThuis = "Een vaste volgorde van de dag." };

        // A concept the school did not share does not exist for the ouder.
        using (var verborgen = await Stuur(HttpMethod.Post, visie, woorden, moeder))
        {
            (await ProbleemAsync(verborgen, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:opp-onbekend");
        }

        etag = await ZetOppStapAsync(id, "concept-delen", etag, null);

        // The other family: not for Sanne, and not for Sanne's plan under Bram.
        foreach (var pad in new[] { visie, $"{Kinderen}/{bram}/opps/{id}/visie" })
        {
            using var ander = await Stuur(HttpMethod.Post, pad, woorden, vader);
            ander.StatusCode.ShouldBe(HttpStatusCode.NotFound, pad);
        }

        using (var leeg = await Stuur(HttpMethod.Post, visie, new { watWerktThuis = " ", expertise = new string('x', 4001) }, moeder))
        {
            (await ProbleemAsync(leeg, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldNotBeEmpty();
        }

        using (var niets = await Stuur(HttpMethod.Post, visie, new { watWerktThuis = " " }, moeder))
        {
            (await ProbleemAsync(niets, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(["visie-leeg"]);
        }

        var antwoord = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, visie, woorden, moeder);
        var gegeven = antwoord.GetProperty("visie");
        gegeven.GetProperty("watWerktThuis").GetString().ShouldBe("Een vaste volgorde van de dag.");
        gegeven.GetProperty("ouder").GetString().ShouldBe("Eva de Vries");
        gegeven.GetProperty("inVersie").GetInt32().ShouldBe(1);
        gegeven.TryGetProperty("onderwijsmaterialen", out _).ShouldBeFalse();
        antwoord.GetProperty("visieMogelijk").GetBoolean().ShouldBeTrue();

        // The school reads it in the concept, with who, when and the sign-in's level; its own save keeps the ouders' words.
        var (staf, nieuweEtag) = await HaalOppOpAsync(id);
        var inConcept = staf.GetProperty("versies")[0].GetProperty("inhoud").GetProperty("visieVanOuders");
        inConcept.GetProperty("aandachtEnTijd").GetString().ShouldBe("Korte uitleg, dan zelf proberen.");
        inConcept.GetProperty("betrouwbaarheidsniveau").GetString().ShouldBe("laag");
        inConcept.GetProperty("gegevenDoor").GetProperty("naam").GetString().ShouldBe("Eva de Vries");
        staf.GetProperty("visieVanOuders").GetProperty("ruimtelijkeOmgeving").GetString().ShouldBe("Een rustige plek.");
        staf.GetProperty("geschiedenis").EnumerateArray().Select(g => g.GetProperty("actie").GetString()).ShouldContain("visie-ouders-gegeven");
        await WerkOppBijAsync(id, nieuweEtag, Inhoud);
        (await HaalOppOpAsync(id)).Item1.GetProperty("versies")[0].GetProperty("inhoud").GetProperty("visieVanOuders")
            .GetProperty("watWerktThuis").GetString().ShouldBe("Een vaste volgorde van de dag.");

        await VerwerkOutboxAsync();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: IbEigen)).GetProperty("meldingen").EnumerateArray()
            .Select(m => m.GetProperty("tekst").GetString())
            .ShouldContain("Een ouder heeft in het ouderportaal de visie van de ouders gegeven op wat hun kind nodig heeft (OPP).");

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.ShouldContain(("wijzigen", "ontwikkelingsperspectiefplan", "Eva de Vries"));
    }

    [Test]
    public async Task A_view_after_the_vaststelling_goes_into_the_next_version_and_the_vastgestelde_keeps_what_it_had()
    {
        var moeder = (await NodigUitEnActiveerAsync(LeerlingId, "moeder.sanne@voorbeeld.nl", "Eva de Vries")).Token;
        var (id, etag) = await StartOppAsync();
        etag = await WerkOppBijAsync(id, etag, Inhoud);
        etag = await ZetOppStapAsync(id, "overleg", etag, new { datum = "2026-11-20", deelnemers = "Ouders", uitkomst = "Eens." });
        etag = await ZetOppStapAsync(id, "hoorrecht", etag, new { gehoord = false, toelichting = "De leerling wilde er niet over praten." });
        await ZetOppStapAsync(id, "vaststelling", etag, new { vastgesteldOp = "2026-11-21" });
        var visie = $"{Kinderen}/{LeerlingId}/opps/{id}/visie";

        var antwoord = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, visie, new { expertise = "Een leesspecialist die Sanne kent." }, moeder);
        antwoord.GetProperty("visie").TryGetProperty("inVersie", out _).ShouldBeFalse();
        var (staf, nieuweEtag) = await HaalOppOpAsync(id);
        staf.GetProperty("versies")[0].GetProperty("inhoud").TryGetProperty("visieVanOuders", out _).ShouldBeFalse();
        staf.GetProperty("visieVanOuders").GetProperty("expertise").GetString().ShouldBe("Een leesspecialist die Sanne kent.");

        await ZetOppStapAsync(id, "herziening", nieuweEtag, null);
        var (herzien, _) = await HaalOppOpAsync(id);
        herzien.GetProperty("versies")[1].GetProperty("inhoud").GetProperty("visieVanOuders").GetProperty("expertise").GetString()
            .ShouldBe("Een leesspecialist die Sanne kent.");
        herzien.GetProperty("versies")[0].GetProperty("inhoud").TryGetProperty("visieVanOuders", out _).ShouldBeFalse();
    }

    [Test]
    public async Task The_school_stops_sharing_the_concept_and_the_ouder_gets_404_on_it_again()
    {
        var moeder = (await NodigUitEnActiveerAsync(LeerlingId, "moeder.sanne@voorbeeld.nl", "Eva de Vries")).Token;
        var (id, etag) = await StartOppAsync();
        etag = await WerkOppBijAsync(id, etag, Inhoud);
        var plan = $"{Kinderen}/{LeerlingId}/opps/{id}";

        using (var nietGedeeld = await OppStapAsync(id, "delen-stoppen", etag, null))
        {
            (await ProbleemAsync(nietGedeeld, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:concept-niet-gedeeld");
        }

        etag = await ZetOppStapAsync(id, "concept-delen", etag, null);
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, plan, token: moeder);
        var (gedeeld, _) = await HaalOppOpAsync(id);
        gedeeld.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldContain("delen-stoppen");

        using (var zonderVersie = await OppStapAsync(id, "delen-stoppen", null, null))
        {
            zonderVersie.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        }

        await ZetOppStapAsync(id, "delen-stoppen", etag, null);

        using (var weg = await Stuur(HttpMethod.Get, plan, token: moeder))
        {
            (await ProbleemAsync(weg, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:opp-onbekend");
        }

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}/opps", token: moeder)).GetProperty("opps").GetArrayLength().ShouldBe(0);
        var (staf, _) = await HaalOppOpAsync(id);
        staf.GetProperty("versies")[0].TryGetProperty("gedeeldMetOudersOp", out _).ShouldBeFalse();
        staf.GetProperty("geschiedenis").EnumerateArray().Select(g => g.GetProperty("actie").GetString()).ShouldContain("delen-gestopt");
        staf.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldNotContain("delen-stoppen");
        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString())).ToList();
        audit.ShouldContain(("wijzigen", "ontwikkelingsperspectiefplan"));
    }

    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }
}
