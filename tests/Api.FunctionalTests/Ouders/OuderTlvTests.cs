using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Ouders;

/// <summary>
/// Issue 19 for ouders: the TLV decision about their own child in plain words with its beschikking, a bezwaar online
/// (the moment of sending is the date of receipt), the arrangementen in plain words and the terms that run for them.
/// Two families at one school: the other child's cases do not exist for an ouder.
/// </summary>
public class OuderTlvTests : TlvTest
{
    private const string Kinderen = "/api/v1/ouderportaal/kinderen";
    private const string Uitleg = "Wij vinden dat Sanne op haar eigen school kan blijven met extra hulp.";

    private static string Tlvs(Guid kind) => $"{Kinderen}/{kind}/toelaatbaarheidsverklaringen";

    [Test]
    public async Task An_ouder_reads_the_decision_and_its_beschikking_objects_once_and_the_swv_hears_of_it_while_another_family_sees_nothing()
    {
        var bram = await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen);
        var (_, karin) = await NodigUitEnActiveerAsync(LeerlingId, "karin@voorbeeld.nl", "Karin de Vries");
        var (_, tom) = await NodigUitEnActiveerAsync(bram, "tom@voorbeeld.nl", "Tom Jansen");
        var (tlv, _) = await BekendgemaaktAsync();
        await VerwerkOutboxAsync();

        var besluit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Tlvs(LeerlingId), token: karin)).GetProperty("toelaatbaarheidsverklaringen").EnumerateArray().ShouldHaveSingleItem();
        besluit.GetProperty("besluitBekend").GetBoolean().ShouldBeTrue();
        besluit.GetProperty("toelaatbaar").GetBoolean().ShouldBeTrue();
        besluit.GetProperty("onderwijs").GetString().ShouldBe("Speciaal basisonderwijs (SBO)");
        besluit.GetProperty("vanaf").GetString().ShouldBe("2027-08-01");
        besluit.GetProperty("bezwaarMogelijkTotEnMet").GetString().ShouldBe("2027-01-05");
        besluit.GetProperty("kanBezwaarMaken").GetBoolean().ShouldBeTrue();
        besluit.GetProperty("stand").GetString().ShouldBe("Het samenwerkingsverband heeft besloten dat uw kind naar het speciaal basisonderwijs (SBO) mag.");
        besluit.TryGetProperty("eersteAdvies", out _).ShouldBeFalse();

        using (var pdf = await Stuur(HttpMethod.Get, $"{Tlvs(LeerlingId)}/{tlv}/beschikking", token: karin, accept: "application/pdf"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            using var school = await Stuur(HttpMethod.Get, $"{TlvPad}/{tlv}/beschikking", token: Medewerker, accept: "application/pdf");
            bytes.ShouldBe(await school.Content.ReadAsByteArrayAsync(), "one generator: the ouder gets the document the school got");
        }

        var termijn = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}/termijnen", token: karin)).GetProperty("termijnen").EnumerateArray().ShouldHaveSingleItem();
        termijn.GetProperty("tekst").GetString().ShouldBe("U kunt tot en met 5 januari 2027 bezwaar maken tegen het besluit over de toelaatbaarheidsverklaring.");
        termijn.GetProperty("totEnMet").GetString().ShouldBe("2027-01-05");

        // The other family: Sanne's decision is not theirs, by Bram's path or by Sanne's.
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Tlvs(bram), token: tom)).GetProperty("toelaatbaarheidsverklaringen").GetArrayLength().ShouldBe(0);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{bram}/termijnen", token: tom)).GetProperty("termijnen").GetArrayLength().ShouldBe(0);
        foreach (var (methode, pad, inhoud) in new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Get, Tlvs(LeerlingId), null),
            (HttpMethod.Get, $"{Kinderen}/{LeerlingId}/termijnen", null),
            (HttpMethod.Get, $"{Kinderen}/{LeerlingId}/arrangementen", null),
            (HttpMethod.Get, $"{Tlvs(bram)}/{tlv}/beschikking", null),
            (HttpMethod.Get, $"{Tlvs(LeerlingId)}/{tlv}/beschikking", null),
            (HttpMethod.Post, $"{Tlvs(bram)}/{tlv}/bezwaar", new { toelichting = "Niet mijn kind." }),
            (HttpMethod.Post, $"{Tlvs(LeerlingId)}/{tlv}/bezwaar", new { toelichting = "Niet mijn kind." }),
        })
        {
            using var ander = await Stuur(methode, pad, inhoud, tom);
            ander.StatusCode.ShouldBe(HttpStatusCode.NotFound, pad);
        }

        // The staff's own bezwaar step is not the ouder's way in.
        using (var personeel = await TlvStapAsync(tlv, "bezwaar", "\"1\"", new { indiener = "ouders", indienerNaam = "Karin", ontvangenOp = "2026-11-24" }, karin))
        {
            personeel.StatusCode.ShouldBeOneOf([HttpStatusCode.Forbidden, HttpStatusCode.NotFound]);
        }

        // Bad input lists every problem; nothing is recorded.
        foreach (var leeg in new object[] { new { toelichting = "  " }, new { } })
        {
            using var ongeldig = await Stuur(HttpMethod.Post, $"{Tlvs(LeerlingId)}/{tlv}/bezwaar", leeg, karin);
            var fouten = (await ProbleemAsync(ongeldig, 400)).GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("pointer").GetString()).ToList();
            fouten.ShouldBe(["#/toelichting"]);
        }

        using (var teLang = await Stuur(HttpMethod.Post, $"{Tlvs(LeerlingId)}/{tlv}/bezwaar", new { toelichting = new string('x', 8001) }, karin))
        {
            await ProbleemAsync(teLang, 400);
        }

        var ingediend = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{Tlvs(LeerlingId)}/{tlv}/bezwaar", new { toelichting = Uitleg }, karin);
        ingediend.GetProperty("kanBezwaarMaken").GetBoolean().ShouldBeFalse();
        var bezwaar = ingediend.GetProperty("bezwaren").EnumerateArray().ShouldHaveSingleItem();
        bezwaar.GetProperty("ontvangenOp").GetString().ShouldBe("2026-11-24");
        bezwaar.GetProperty("toelichting").GetString().ShouldBe(Uitleg);
        bezwaar.GetProperty("beslissingUiterlijk").GetString().ShouldBe("2027-03-30");

        using (var tweede = await Stuur(HttpMethod.Post, $"{Tlvs(LeerlingId)}/{tlv}/bezwaar", new { toelichting = "Nog een keer." }, karin))
        {
            (await ProbleemAsync(tweede, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:bezwaar-loopt-al");
        }

        await VerwerkOutboxAsync();

        // The SWV's bezwaar workflow has started: a bezwaar of the ouders in the ouder's name, with the explanation.
        var (inBezwaar, _) = await HaalTlvOpAsync(tlv);
        inBezwaar.GetProperty("status").GetString().ShouldBe("in-bezwaar");
        var lopend = inBezwaar.GetProperty("lopendBezwaar");
        lopend.GetProperty("indiener").GetString().ShouldBe("ouders");
        lopend.GetProperty("indienerNaam").GetString().ShouldBe("Karin de Vries");
        lopend.GetProperty("toelichting").GetString().ShouldBe(Uitleg);
        lopend.GetProperty("teLaat").GetBoolean().ShouldBeFalse();
        lopend.GetProperty("ontvangenOp").GetString().ShouldBe("2026-11-24");

        var meldingen = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: Medewerker)).GetProperty("meldingen").EnumerateArray()
            .Select(m => m.GetProperty("tekst").GetString()).ToList();
        meldingen.ShouldContain("Er is bezwaar gemaakt tegen een besluit over een toelaatbaarheidsverklaring.");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: IbEigen)).GetProperty("meldingen").EnumerateArray()
            .Select(m => m.GetProperty("tekst").GetString()).ShouldContain("Er is bezwaar gemaakt tegen het besluit over een toelaatbaarheidsverklaring die u aanvroeg.");

        // The bezwaar term is met: no longer a term for the ouder.
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}/termijnen", token: karin)).GetProperty("termijnen").EnumerateArray()
            .Select(t => t.GetProperty("tekst").GetString()).ShouldNotContain(t => t!.Contains("bezwaar maken"));

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.ShouldContain(("lezen", "toelaatbaarheidsverklaring", "Karin de Vries"));
        audit.ShouldContain(("aanmaken", "toelaatbaarheidsverklaring", "Karin de Vries"));
        audit.ShouldNotContain(r => r.Item3 == "Tom Jansen");
    }

    [Test]
    public async Task A_request_in_progress_shows_only_that_it_runs_and_cannot_be_objected_to()
    {
        var (_, karin) = await NodigUitEnActiveerAsync(LeerlingId, "karin@voorbeeld.nl", "Karin de Vries");
        var (tlv, _) = await GeadviseerdAsync();

        var lopend = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Tlvs(LeerlingId), token: karin)).GetProperty("toelaatbaarheidsverklaringen").EnumerateArray().ShouldHaveSingleItem();
        lopend.GetProperty("besluitBekend").GetBoolean().ShouldBeFalse();
        lopend.GetProperty("stand").GetString()!.ShouldContain("beslist nog");
        lopend.GetProperty("kanBezwaarMaken").GetBoolean().ShouldBeFalse();
        foreach (var veld in new[] { "toelaatbaar", "onderwijs", "vanaf", "beschikkingsnummer", "bezwaarMogelijkTotEnMet" })
        {
            lopend.TryGetProperty(veld, out _).ShouldBeFalse(veld);
        }

        using (var pdf = await Stuur(HttpMethod.Get, $"{Tlvs(LeerlingId)}/{tlv}/beschikking", token: karin, accept: "application/pdf"))
        {
            (await ProbleemAsync(pdf, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:nog-geen-besluit-bekend");
        }

        using var bezwaar = await Stuur(HttpMethod.Post, $"{Tlvs(LeerlingId)}/{tlv}/bezwaar", new { toelichting = Uitleg }, karin);
        (await ProbleemAsync(bezwaar, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:nog-geen-besluit-bekend");
    }

    [Test]
    public async Task A_bezwaar_after_the_term_is_received_and_flagged_late_by_the_domain()
    {
        var (_, karin) = await NodigUitEnActiveerAsync(LeerlingId, "karin@voorbeeld.nl", "Karin de Vries");
        var (tlv, _) = await BekendgemaaktAsync();

        // Made known in September: the six weeks ended on 12 November, before the test's today (24 November).
        await using (var verbinding = new NpgsqlConnection(TestOmgeving.Database.Verbinding))
        {
            await verbinding.OpenAsync();
            await using var terug = new NpgsqlCommand(
                "UPDATE toelaatbaarheidsverklaring SET bekendgemaakt_op = '2026-10-01', einde_bezwaartermijn = '2026-11-12' WHERE id = @id", verbinding);
            terug.Parameters.AddWithValue("id", tlv);
            (await terug.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var ingediend = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{Tlvs(LeerlingId)}/{tlv}/bezwaar", new { toelichting = Uitleg }, karin);
        ingediend.GetProperty("bezwaren")[0].GetProperty("stand").GetString()!.ShouldContain("na de bezwaartermijn");
        var (inBezwaar, _) = await HaalTlvOpAsync(tlv);
        inBezwaar.GetProperty("lopendBezwaar").GetProperty("teLaat").GetBoolean().ShouldBeTrue();
        inBezwaar.GetProperty("lopendBezwaar").GetProperty("ontvangenOp").GetString().ShouldBe("2026-11-24");
    }

    [Test]
    public async Task The_arrangementen_read_in_plain_words_without_codes_or_staff_notes()
    {
        var (_, karin) = await NodigUitEnActiveerAsync(LeerlingId, "karin@voorbeeld.nl", "Karin de Vries");
        var (id, etag) = await VraagAanAsync();
        await MaakActiefAsync(id, etag, "PO2705-ARR-0001");

        using var antwoord = await Stuur(HttpMethod.Get, $"{Kinderen}/{LeerlingId}/arrangementen", token: karin);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        var arrangement = JsonDocument.Parse(tekst).RootElement.GetProperty("arrangementen").EnumerateArray().ShouldHaveSingleItem();
        arrangement.GetProperty("wat").GetString().ShouldBe("Extra ondersteuning op school");
        arrangement.GetProperty("ondersteuning").EnumerateArray().Select(o => o.GetString()).ShouldContain("Extra tijd en aandacht: Twee keer per week een half uur extra instructie.");
        arrangement.GetProperty("doelen").EnumerateArray().Select(d => d.GetString()).ShouldBe(["Leest op AVI E5.", "Werkt twintig minuten zelfstandig."]);
        arrangement.GetProperty("hoeVeel").GetString().ShouldBe("40 uur");
        arrangement.GetProperty("wie").GetString().ShouldBe("De school van uw kind");
        arrangement.GetProperty("vanaf").GetString().ShouldBe("2026-11-10");
        arrangement.GetProperty("totEnMet").GetString().ShouldBe("2027-07-15");
        arrangement.GetProperty("stand").GetString().ShouldBe("Uw kind krijgt deze ondersteuning nu.");
        tekst.ShouldNotContain("De basisondersteuning is niet genoeg gebleken.");
        tekst.ShouldNotContain("PO2705-ARR-0001");
        tekst.ShouldNotContain("onderwijsarrangement");
    }

    /// <summary>The deadline engine and the notifications hear of a case's change through the outbox.</summary>
    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }
}
