using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Toelaatbaarheidsverklaringen;

/// <summary>
/// The receiving school's LAS keeps a copy of the TLV's for its vestigingen (to register them in BRON/ROD): a full copy
/// in pages, then only the changes, with the same protocol as the arrangementen.
/// </summary>
public class TlvSyncTests : TlvTest
{
    private const string Sync = TlvPad + "/sync";
    private const string Wijzigingen = TlvPad + "/wijzigingen";

    [Test]
    public async Task The_receiving_schools_LAS_copies_the_TLVs_made_known_for_it_and_follows_their_changes()
    {
        var las = await LasAsync("las-de-brug", AndereVestiging, "tlv.lezen");
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var emma = await RegistreerLeerlingAsync("Emma", EigenVestiging, IbEigen);
        var fleur = await RegistreerLeerlingAsync("Fleur", EigenVestiging, IbEigen);
        var (sanne, _) = await BekendgemaaktAsync("PO2705-TLV-0101");
        var (voorDaan, daanEtag) = await BekendgemaaktAsync("PO2705-TLV-0102", daan);
        await BekendgemaaktAsync("PO2705-TLV-0103", emma);

        // Decided but not yet sent: not yet a fact for the school.
        var (voorFleur, fleurEtag) = await GeadviseerdAsync(fleur);
        fleurEtag = await ZetTlvStapAsync(voorFleur, "besluit", fleurEtag, Besluit("PO2705-TLV-0104"), Medewerker);

        var (kopie, token) = await VolledigAsync(las, pageSize: 2);
        kopie.Keys.ShouldNotContain(voorFleur);
        kopie.Count.ShouldBe(3);

        var item = kopie[sanne];
        item.GetProperty("beschikkingsnummer").GetString().ShouldBe("PO2705-TLV-0101");
        item.GetProperty("swvCode").GetString().ShouldBe("PO2705");
        item.GetProperty("soort").GetString().ShouldBe("SBO");
        item.GetProperty("categorie").GetString().ShouldBe("NVT");
        item.GetProperty("ingangsdatum").GetString().ShouldBe("2027-08-01");
        item.GetProperty("einddatum").GetString().ShouldBe("2029-07-31");
        item.GetProperty("status").GetString().ShouldBe("bekendgemaakt");
        item.GetProperty("toelaatbaar").GetBoolean().ShouldBeTrue();
        item.GetProperty("bekendgemaaktOp").GetString().ShouldBe("2026-11-24");
        item.GetProperty("beoogdeVestiging").GetString().ShouldBe(AndereVestiging);
        item.GetProperty("leerling").GetProperty("id").GetGuid().ShouldBe(LeerlingId);
        item.GetProperty("leerling").GetProperty("voornaam").GetString().ShouldBe("Sanne");
        item.GetProperty("leerling").GetProperty("geboortedatum").GetString().ShouldBe("2017-05-01");

        // Data minimisation: none of the request's or the advices' reasoning reaches the LAS.
        foreach (var weggelaten in new[] { "onderbouwing", "adviezen", "besluit", "geschiedenis", "lopendBezwaar" })
        {
            item.TryGetProperty(weggelaten, out _).ShouldBeFalse(weggelaten);
        }

        // Nothing happened: the feed is empty, and asked again with its ETag it is a 304.
        using (var leeg = await Stuur(HttpMethod.Get, $"{Wijzigingen}?token={token}", token: las))
        {
            leeg.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await JsonAsync(leeg)).GetProperty("toelaatbaarheidsverklaringen").GetArrayLength().ShouldBe(0);
            using var ongewijzigd = await MetEtagAsync($"{Wijzigingen}?token={token}", leeg.Headers.ETag!, las);
            ongewijzigd.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        }

        // De Brug enrols Sanne, the ouders of Daan object, and Fleur's decision is sent.
        await ZetTlvStapAsync(sanne, "inschrijving", (await HaalTlvOpAsync(sanne, IbAnder)).Etag, new { ingeschrevenOp = "2027-08-01" }, IbAnder);
        await ZetTlvStapAsync(voorDaan, "bezwaar", daanEtag, new { indiener = "ouders", indienerNaam = "Familie Test", ontvangenOp = "2026-11-25" }, Medewerker);
        await ZetTlvStapAsync(voorFleur, "bekendmaking", fleurEtag, new { bekendgemaaktOp = "2026-11-24" }, Medewerker);

        var gezien = new List<Guid>();
        bool meer;
        do
        {
            var wijzigingen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Wijzigingen}?token={token}&pageSize=1", token: las);
            foreach (var t in wijzigingen.GetProperty("toelaatbaarheidsverklaringen").EnumerateArray())
            {
                kopie[t.GetProperty("id").GetGuid()] = t;
                gezien.Add(t.GetProperty("id").GetGuid());
            }

            token = wijzigingen.GetProperty("wijzigingenToken").GetString()!;
            meer = wijzigingen.GetProperty("meerWijzigingen").GetBoolean();
        }
        while (meer);

        gezien.ShouldBe([sanne, voorDaan, voorFleur]);
        kopie[sanne].GetProperty("ingeschrevenOp").GetString().ShouldBe("2027-08-01");
        kopie[voorDaan].GetProperty("status").GetString().ShouldBe("in-bezwaar");
        kopie[voorFleur].GetProperty("beschikkingsnummer").GetString().ShouldBe("PO2705-TLV-0104");

        // The copy is identical to a fresh full copy (in any order: the test clock gives every id the same time).
        var (opnieuw, _) = await VolledigAsync(las, pageSize: 100);
        Kopietekst(kopie).ShouldBe(Kopietekst(opnieuw));
    }

    [Test]
    public async Task Every_pupil_in_a_page_or_a_feed_answer_is_in_the_audit_log()
    {
        var las = await LasAsync("las-de-brug", AndereVestiging, "tlv.lezen");
        var (id, etag) = await BekendgemaaktAsync();

        var voor = await TlvLeesregelsAsync(LeerlingId);

        var (_, token) = await VolledigAsync(las, pageSize: 25);
        (await TlvLeesregelsAsync(LeerlingId)).ShouldBe(voor + 1);

        await ZetTlvStapAsync(id, "bezwaar", etag, new { indiener = "ouders", indienerNaam = "Familie Test", ontvangenOp = "2026-11-25" }, Medewerker);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Wijzigingen}?token={token}", token: las))
            .GetProperty("toelaatbaarheidsverklaringen").GetArrayLength().ShouldBe(1);
        (await TlvLeesregelsAsync(LeerlingId)).ShouldBe(voor + 2);
    }

    [Test]
    public async Task A_LAS_of_another_vestiging_sees_none_of_them_and_one_without_tlv_lezen_is_refused()
    {
        await BekendgemaaktAsync();

        // The requesting school's LAS may read the TLV itself, but it is not what a receiving school registers.
        var aanvragend = await LasAsync("las-de-regenboog", EigenVestiging, "tlv.lezen");
        var (kopie, _) = await VolledigAsync(aanvragend, pageSize: 25);
        kopie.ShouldBeEmpty();
        var elders = await LasAsync("las-elders", "56EF00", "tlv.lezen");
        (await VolledigAsync(elders, pageSize: 25)).Kopie.ShouldBeEmpty();

        var zonderScope = await LasAsync("las-arrangementen", AndereVestiging, "arrangementen.lezen");
        using (var sync = await Stuur(HttpMethod.Get, Sync, token: zonderScope))
        {
            await ProbleemAsync(sync, 403);
        }

        var (_, token) = await VolledigAsync(await LasAsync("las-de-brug", AndereVestiging, "tlv.lezen"), pageSize: 25);
        using var feed = await Stuur(HttpMethod.Get, $"{Wijzigingen}?token={token}", token: zonderScope);
        await ProbleemAsync(feed, 403);
    }

    [Test]
    public async Task Bad_tokens_cursors_and_page_sizes_get_one_400_listing_every_problem()
    {
        var las = await LasAsync("las-de-brug", AndereVestiging, "tlv.lezen");

        using (var geenToken = await Stuur(HttpMethod.Get, $"{Wijzigingen}?pageSize=0", token: las))
        {
            var probleem = await ProbleemAsync(geenToken, 400);
            probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(["token-vereist", "ongeldige-page-size"], ignoreOrder: true);
        }

        using (var teGroot = await Stuur(HttpMethod.Get, $"{Sync}?pageSize=101", token: las))
        {
            (await ProbleemAsync(teGroot, 400)).GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe("pageSize");
        }

        using (var cursor = await Stuur(HttpMethod.Get, $"{Sync}?cursor=bestaat-niet", token: las))
        {
            (await ProbleemAsync(cursor, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldige-cursor");
        }

        // A genuine token of the arrangementen feed is not one of this feed.
        await TestClients.RegistreerVoorVestigingenAsync("las-arr", "PO2705", [EigenVestiging], "arrangementen.lezen");
        var arrangementenLas = await TestClients.TokenAsync(Client, "las-arr", "arrangementen.lezen");
        var arrangementenToken = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: arrangementenLas)).GetProperty("wijzigingenToken").GetString();
        foreach (var token in new[] { "bestaat-niet", arrangementenToken })
        {
            using var response = await Stuur(HttpMethod.Get, $"{Wijzigingen}?token={token}", token: las);
            var probleem = await ProbleemAsync(response, 400);
            probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ongeldig-token");
            probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldig-token");
            probleem.GetProperty("errors")[0].GetProperty("detail").GetString()!.ShouldContain("/toelaatbaarheidsverklaringen/sync");
        }
    }

    private Task<(Dictionary<Guid, JsonElement> Kopie, string Token)> VolledigAsync(string las, int pageSize) =>
        VolledigeKopieAsync(Sync, "toelaatbaarheidsverklaringen", las, pageSize);

    private async Task<int> TlvLeesregelsAsync(Guid leerling) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={leerling}"))
            .GetProperty("auditRegels").EnumerateArray()
            .Count(r => r.GetProperty("actie").GetString() == "lezen" && r.GetProperty("resourceSoort").GetString() == "toelaatbaarheidsverklaring");
}
