using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The school's LAS keeps a copy of the ROD fields of its OPP's (to register the begin and end date in ROD): a full
/// copy in pages, then only the changes, with the same protocol as the arrangementen and TLV's; never the content. It
/// confirms the registration with opp.registreren, for its own vestigingen only.
/// </summary>
public class OppSyncTests : OppTest
{
    private const string Sync = OppPad + "/sync";
    private const string Wijzigingen = OppPad + "/wijzigingen";
    private const string Lijst = "ontwikkelingsperspectiefplannen";

    /// <summary>All an item may carry (an absent date is left out): the ROD fields, the pupil and the version, nothing of the plan itself.</summary>
    private static readonly string[] Velden =
    [
        "id", "leerling", "vestiging", "rodPlichtig", "begindatum", "begindatumTeRegistreren", "begindatumGeregistreerdOp",
        "einddatum", "einddatumTeRegistreren", "einddatumGeregistreerdOp", "status", "versie",
    ];

    [Test]
    public async Task The_schools_LAS_copies_the_ROD_fields_of_its_vastgestelde_plans_and_follows_their_changes()
    {
        var las = await LasAsync("las-regenboog", EigenVestiging, "opp.lezen");
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var emma = await RegistreerLeerlingAsync("Emma", EigenVestiging, IbEigen);
        var fleur = await RegistreerLeerlingAsync("Fleur", EigenVestiging, IbEigen);
        var (sanne, sanneEtag) = await VastgesteldAsync();
        var (voorDaan, daanEtag) = await VastgesteldAsync(daan);
        await VastgesteldAsync(emma);

        // A concept never vastgesteld has no begindatum: nothing for ROD yet.
        var (voorFleur, fleurEtag) = await StartOppAsync(fleur);

        var (kopie, token) = await VolledigeKopieAsync(Sync, Lijst, las, pageSize: 2);
        kopie.Keys.ShouldNotContain(voorFleur);
        kopie.Count.ShouldBe(3);

        var item = kopie[sanne];
        item.EnumerateObject().Select(p => p.Name).ShouldBeSubsetOf(Velden);
        item.GetProperty("leerling").GetProperty("id").GetGuid().ShouldBe(LeerlingId);
        item.GetProperty("leerling").GetProperty("voornaam").GetString().ShouldBe("Sanne");
        item.GetProperty("leerling").GetProperty("geboortedatum").GetString().ShouldBe("2017-05-01");
        item.GetProperty("vestiging").GetString().ShouldBe(EigenVestiging);
        item.GetProperty("rodPlichtig").GetBoolean().ShouldBeTrue();
        item.GetProperty("begindatum").GetString().ShouldBe("2026-11-21");
        item.GetProperty("begindatumTeRegistreren").GetBoolean().ShouldBeTrue();
        item.TryGetProperty("begindatumGeregistreerdOp", out _).ShouldBeFalse();
        item.TryGetProperty("einddatum", out _).ShouldBeFalse();
        item.GetProperty("einddatumTeRegistreren").GetBoolean().ShouldBeFalse();
        item.GetProperty("status").GetString().ShouldBe("vastgesteld");
        $"\"{item.GetProperty("versie").GetInt64()}\"".ShouldBe(sanneEtag);

        // Nothing happened: the feed is empty, and asked again with its ETag it is a 304.
        using (var leeg = await Stuur(HttpMethod.Get, $"{Wijzigingen}?token={token}", token: las))
        {
            leeg.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await JsonAsync(leeg)).GetProperty(Lijst).GetArrayLength().ShouldBe(0);
            using var ongewijzigd = await MetEtagAsync($"{Wijzigingen}?token={token}", leeg.Headers.ETag!, las);
            ongewijzigd.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        }

        // The school registers Sanne's begindatum, closes Daan's plan, and sets Fleur's.
        await ZetOppStapAsync(sanne, "rod-registratie", sanneEtag, new { onderdeel = "begindatum", geregistreerdOp = "2026-11-23" });
        await ZetOppStapAsync(voorDaan, "afsluiting", daanEtag, new { einddatum = "2026-11-24", reden = "Daan verhuist naar een andere stad." });
        fleurEtag = await WerkOppBijAsync(voorFleur, fleurEtag, Inhoud);
        fleurEtag = await ZetOppStapAsync(voorFleur, "overleg", fleurEtag, new { datum = "2026-11-20", deelnemers = "Ouders", uitkomst = "Eens." });
        fleurEtag = await ZetOppStapAsync(voorFleur, "hoorrecht", fleurEtag, new { gehoord = true, datum = "2026-11-20", toelichting = "Fleur is gehoord." });
        await ZetOppStapAsync(voorFleur, "vaststelling", fleurEtag, new { vastgesteldOp = "2026-11-22" });

        var gezien = new List<Guid>();
        bool meer;
        do
        {
            var wijzigingen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Wijzigingen}?token={token}&pageSize=1", token: las);
            foreach (var o in wijzigingen.GetProperty(Lijst).EnumerateArray())
            {
                kopie[o.GetProperty("id").GetGuid()] = o;
                gezien.Add(o.GetProperty("id").GetGuid());
            }

            token = wijzigingen.GetProperty("wijzigingenToken").GetString()!;
            meer = wijzigingen.GetProperty("meerWijzigingen").GetBoolean();
        }
        while (meer);

        // Fleur's plan changed four times; the feed gives each plan once, as it is now, at its last change.
        gezien.ShouldBe([sanne, voorDaan, voorFleur]);
        kopie[sanne].GetProperty("begindatumTeRegistreren").GetBoolean().ShouldBeFalse();
        kopie[sanne].GetProperty("begindatumGeregistreerdOp").GetString().ShouldBe("2026-11-23");
        kopie[voorDaan].GetProperty("status").GetString().ShouldBe("afgesloten");
        kopie[voorDaan].GetProperty("einddatum").GetString().ShouldBe("2026-11-24");
        kopie[voorDaan].GetProperty("einddatumTeRegistreren").GetBoolean().ShouldBeTrue();
        kopie[voorFleur].GetProperty("begindatum").GetString().ShouldBe("2026-11-22");

        // The copy is identical to a fresh full copy.
        var (opnieuw, _) = await VolledigeKopieAsync(Sync, Lijst, las, pageSize: 100);
        Kopietekst(kopie).ShouldBe(Kopietekst(opnieuw));
    }

    [Test]
    public async Task Every_pupil_in_a_page_a_feed_answer_or_a_confirmation_is_in_the_audit_log()
    {
        var las = await LasAsync("las-regenboog", EigenVestiging, "opp.lezen", "opp.registreren");
        var (id, etag) = await VastgesteldAsync();

        var voor = await OppRegelsAsync(LeerlingId, "lezen");

        var (kopie, token) = await VolledigeKopieAsync(Sync, Lijst, las, pageSize: 25);
        (await OppRegelsAsync(LeerlingId, "lezen")).ShouldBe(voor + 1);

        await ZetOppStapAsync(id, "rod-registratie", etag, new { onderdeel = "begindatum", geregistreerdOp = "2026-11-23" }, las);
        var wijziging = (await AuditregelsAsync(LeerlingId))
            .Where(r => r.GetProperty("actie").GetString() == "wijzigen" && r.GetProperty("actorSoort").GetString() == "client").ShouldHaveSingleItem();
        wijziging.GetProperty("actor").GetString().ShouldBe("las-regenboog");
        wijziging.GetProperty("resourceId").GetString().ShouldBe(kopie.Keys.Single().ToString());

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Wijzigingen}?token={token}", token: las)).GetProperty(Lijst).GetArrayLength().ShouldBe(1);
        (await OppRegelsAsync(LeerlingId, "lezen")).ShouldBe(voor + 2);
    }

    [Test]
    public async Task A_LAS_of_another_vestiging_sees_none_of_them_and_one_without_opp_lezen_is_refused()
    {
        await VastgesteldAsync();

        var elders = await LasAsync("las-brug", AndereVestiging, "opp.lezen");
        var (kopie, token) = await VolledigeKopieAsync(Sync, Lijst, elders, pageSize: 25);
        kopie.ShouldBeEmpty();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Wijzigingen}?token={token}", token: elders)).GetProperty(Lijst).GetArrayLength().ShouldBe(0);

        var zonderScope = await LasAsync("las-arrangementen", EigenVestiging, "arrangementen.lezen");
        using (var sync = await Stuur(HttpMethod.Get, Sync, token: zonderScope))
        {
            await ProbleemAsync(sync, 403);
            sync.Headers.WwwAuthenticate.ToString().ShouldContain("scope=\"opp.lezen\"");
        }

        using var feed = await Stuur(HttpMethod.Get, $"{Wijzigingen}?token={token}", token: zonderScope);
        await ProbleemAsync(feed, 403);
    }

    [Test]
    public async Task Bad_tokens_and_page_sizes_get_one_400_listing_every_problem()
    {
        var las = await LasAsync("las-regenboog", EigenVestiging, "opp.lezen");

        using (var geenToken = await Stuur(HttpMethod.Get, $"{Wijzigingen}?pageSize=0", token: las))
        {
            var probleem = await ProbleemAsync(geenToken, 400);
            probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(["token-vereist", "ongeldige-page-size"], ignoreOrder: true);
        }

        using (var cursor = await Stuur(HttpMethod.Get, $"{Sync}?cursor=bestaat-niet", token: las))
        {
            (await ProbleemAsync(cursor, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldige-cursor");
        }

        // A genuine token of the TLV feed is not one of this feed.
        var tlvLas = await LasAsync("las-tlv", EigenVestiging, "tlv.lezen");
        var tlvToken = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/toelaatbaarheidsverklaringen/sync", token: tlvLas)).GetProperty("wijzigingenToken").GetString();
        foreach (var token in new[] { "bestaat-niet", tlvToken })
        {
            using var response = await Stuur(HttpMethod.Get, $"{Wijzigingen}?token={token}", token: las);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var probleem = await ProbleemAsync(response, 400);
            probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldig-token");
            probleem.GetProperty("errors")[0].GetProperty("detail").GetString()!.ShouldContain("/ontwikkelingsperspectiefplannen/sync");
        }
    }

    [Test]
    public async Task The_LAS_confirms_the_begindatum_with_opp_registreren_and_the_history_names_the_koppeling()
    {
        var las = await LasAsync("las-regenboog", EigenVestiging, "opp.lezen", "opp.registreren");
        var (id, _) = await VastgesteldAsync();
        var (kopie, token) = await VolledigeKopieAsync(Sync, Lijst, las, pageSize: 25);
        var versie = $"\"{kopie[id].GetProperty("versie").GetInt64()}\"";

        using (var zonderVersie = await OppStapAsync(id, "rod-registratie", null, new { onderdeel = "begindatum", geregistreerdOp = "2026-11-23" }, las))
        {
            zonderVersie.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        }

        using (var bevestigd = await OppStapAsync(id, "rod-registratie", versie, new { onderdeel = "begindatum", geregistreerdOp = "2026-11-23" }, las))
        {
            bevestigd.StatusCode.ShouldBe(HttpStatusCode.OK, await bevestigd.Content.ReadAsStringAsync());

            // The answer to a koppeling holds nothing of the plan itself.
            var opp = await JsonAsync(bevestigd);
            opp.GetProperty("rod").GetProperty("begindatumTeRegistreren").GetBoolean().ShouldBeFalse();
            opp.GetProperty("versies").GetArrayLength().ShouldBe(0);
            opp.GetProperty("evaluaties").GetArrayLength().ShouldBe(0);
            opp.GetProperty("geschiedenis").GetArrayLength().ShouldBe(0);
            opp.GetProperty("toegestaneStappen").GetArrayLength().ShouldBe(0);
        }

        var wijziging = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Wijzigingen}?token={token}", token: las)).GetProperty(Lijst).EnumerateArray().ShouldHaveSingleItem();
        wijziging.GetProperty("begindatumTeRegistreren").GetBoolean().ShouldBeFalse();
        wijziging.GetProperty("begindatumGeregistreerdOp").GetString().ShouldBe("2026-11-23");

        var (voorSchool, _) = await HaalOppOpAsync(id);
        var stap = voorSchool.GetProperty("geschiedenis").EnumerateArray().Last();
        stap.GetProperty("actie").GetString().ShouldBe("rod-registratie-bevestigd");
        stap.GetProperty("door").GetProperty("id").GetString().ShouldBe("las-regenboog");
        stap.GetProperty("door").GetProperty("naam").GetString().ShouldBe("Test las-regenboog (koppeling)");
    }

    [Test]
    public async Task Without_opp_registreren_the_LAS_is_refused_and_another_vestigings_plan_is_not_found()
    {
        var (id, etag) = await VastgesteldAsync();
        var bevestiging = new { onderdeel = "begindatum", geregistreerdOp = "2026-11-23" };

        var lezer = await LasAsync("las-regenboog", EigenVestiging, "opp.lezen");
        using (var zonderScope = await OppStapAsync(id, "rod-registratie", etag, bevestiging, lezer))
        {
            await ProbleemAsync(zonderScope, 403);
            zonderScope.Headers.WwwAuthenticate.ToString().ShouldContain("scope=\"opp.registreren\"");
        }

        var elders = await LasAsync("las-brug", AndereVestiging, "opp.lezen", "opp.registreren");
        using (var anderPlan = await OppStapAsync(id, "rod-registratie", etag, bevestiging, elders))
        {
            await ProbleemAsync(anderPlan, 404);
        }

        var (opp, nu) = await HaalOppOpAsync(id);
        nu.ShouldBe(etag);
        opp.GetProperty("rod").GetProperty("begindatumTeRegistreren").GetBoolean().ShouldBeTrue();
    }

    private async Task<List<JsonElement>> AuditregelsAsync(Guid leerling) =>
        [.. (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={leerling}&pageSize=100"))
            .GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "ontwikkelingsperspectiefplan")];

    private async Task<int> OppRegelsAsync(Guid leerling, string actie) =>
        (await AuditregelsAsync(leerling)).Count(r => r.GetProperty("actie").GetString() == actie);
}
