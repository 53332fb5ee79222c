using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The OPP list and the OPP werkvoorraad through the API (today is 24 November 2026): the school sees its own plans,
/// the SWV only those of pupils with an arrangement or a TLV, another school nothing; the lifecycle's lines carry the
/// plan's terms; "OPP ontbreekt" shows for running support without a plan that holds, to the school and the SWV, and
/// goes once the plan is vastgesteld.
/// </summary>
public class OppLijstTests : OppTest
{
    private const string Werkvoorraad = OppPad + "/werkvoorraad";

    [Test]
    public async Task The_school_lists_its_own_plans_the_swv_only_with_an_arrangement_and_another_school_none()
    {
        var (id, etag) = await StartOppAsync();
        etag = await StelOppVastAsync(id, etag);
        await ZetOppStapAsync(id, "herziening", etag, null);

        var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{OppPad}?leerlingId={LeerlingId}", token: IbEigen);
        lijst.GetProperty("totaal").GetInt32().ShouldBe(1);
        var rij = lijst.GetProperty("ontwikkelingsperspectiefplannen").EnumerateArray().ShouldHaveSingleItem();
        rij.GetProperty("id").GetGuid().ShouldBe(id);
        rij.GetProperty("leerling").GetProperty("id").GetGuid().ShouldBe(LeerlingId);
        rij.GetProperty("leerling").GetProperty("naam").GetString().ShouldBe("Sanne Test");
        rij.GetProperty("vestiging").GetString().ShouldBe(EigenVestiging);
        rij.GetProperty("soortSchool").GetString().ShouldBe("BAO");
        rij.GetProperty("status").GetString().ShouldBe("in-herziening");
        rij.GetProperty("geldendeVersie").GetInt32().ShouldBe(1);
        rij.GetProperty("conceptversie").GetInt32().ShouldBe(2);
        rij.GetProperty("startdatum").GetString().ShouldBe("2026-11-01");
        rij.GetProperty("vaststellenUiterlijk").GetString().ShouldBe("2026-12-13");
        rij.GetProperty("eersteVaststelling").GetString().ShouldBe("2026-11-21");
        rij.GetProperty("evaluatieUiterlijk").GetString().ShouldBe("2027-07-31");
        rij.GetProperty("wachtOpInstemming").GetBoolean().ShouldBeFalse();

        (await Totaal(IbAnder, $"leerlingId={LeerlingId}")).ShouldBe(0);
        (await Totaal(Medewerker, $"leerlingId={LeerlingId}")).ShouldBe(0);
        (await Totaal(IbEigen, "status=concept")).ShouldBe(0);
        (await Totaal(IbEigen, $"vestiging={AndereVestiging}")).ShouldBe(0);

        await VraagAanAsync();

        (await Totaal(Medewerker, $"leerlingId={LeerlingId}")).ShouldBe(1);
        (await Totaal(Medewerker, "status=in-herziening")).ShouldBe(1);
        (await Totaal(IbAnder, string.Empty)).ShouldBe(0);
    }

    [Test]
    public async Task The_list_pages_with_a_cursor_and_refuses_bad_filters_in_one_400()
    {
        await StartOppAsync();
        await StartOppAsync(await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen), "2026-11-05");

        var eerste = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{OppPad}?pageSize=1", token: IbEigen);
        eerste.GetProperty("totaal").GetInt32().ShouldBe(2);
        eerste.GetProperty("ontwikkelingsperspectiefplannen")[0].GetProperty("leerling").GetProperty("naam").GetString().ShouldBe("Daan Test");
        var cursor = eerste.GetProperty("volgendeCursor").GetString();
        var tweede = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{OppPad}?pageSize=1&cursor={Uri.EscapeDataString(cursor!)}", token: IbEigen);
        tweede.GetProperty("ontwikkelingsperspectiefplannen")[0].GetProperty("leerling").GetProperty("naam").GetString().ShouldBe("Sanne Test");
        (!tweede.TryGetProperty("volgendeCursor", out var volgende) || volgende.ValueKind == JsonValueKind.Null).ShouldBeTrue();

        var fout = await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{OppPad}?status=klaar&vestiging=XX&pageSize=500", token: IbEigen);
        fout.GetProperty("errors").GetArrayLength().ShouldBe(3);
    }

    [Test]
    public async Task The_school_sees_the_vaststelling_and_the_evaluation_with_their_deadlines()
    {
        var (concept, _) = await StartOppAsync();
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (oud, etag) = await StartOppAsync(daan, "2025-01-06");
        await StelOppVastAsync(oud, etag, overleg: "2025-01-20", vastgesteldOp: "2025-02-01");

        var items = await Items(IbEigen);

        var vaststellen = items.Single(i => i.GetProperty("actie").GetString() == "vaststellen");
        vaststellen.GetProperty("oppId").GetGuid().ShouldBe(concept);
        vaststellen.GetProperty("voor").GetString().ShouldBe("school-medewerker");
        vaststellen.GetProperty("deadline").GetString().ShouldBe("2026-12-13");
        vaststellen.GetProperty("verlopen").GetBoolean().ShouldBeFalse();
        vaststellen.GetProperty("status").GetString().ShouldBe("concept");
        vaststellen.GetProperty("leerling").GetProperty("naam").GetString().ShouldBe("Sanne Test");

        var evalueren = items.Single(i => i.GetProperty("actie").GetString() == "evalueren");
        evalueren.GetProperty("oppId").GetGuid().ShouldBe(oud);
        evalueren.GetProperty("deadline").GetString().ShouldBe("2025-07-31");
        evalueren.GetProperty("verlopen").GetBoolean().ShouldBeTrue();

        // The SWV takes no step on a plan: only a missing one is on its list, and there is no running support here.
        (await Items(Medewerker)).ShouldBeEmpty();
        (await Items(IbAnder)).ShouldBeEmpty();
    }

    [Test]
    public async Task Running_support_without_a_plan_is_on_the_list_of_the_school_and_the_swv_until_the_plan_is_vastgesteld()
    {
        var (arrangement, etag) = await VraagAanAsync();
        (await Ontbrekend(IbEigen)).ShouldBeEmpty();
        await MaakActiefAsync(arrangement, etag, "BS-2026-0101");

        var school = (await Ontbrekend(IbEigen)).ShouldHaveSingleItem();
        school.GetProperty("arrangementId").GetGuid().ShouldBe(arrangement);
        (!school.TryGetProperty("oppId", out var geenOpp) || geenOpp.ValueKind == JsonValueKind.Null).ShouldBeTrue();
        school.GetProperty("leerling").GetProperty("id").GetGuid().ShouldBe(LeerlingId);
        school.GetProperty("voor").GetString().ShouldBe("school-medewerker");
        school.GetProperty("deadline").GetString().ShouldBe("2026-12-22");
        school.GetProperty("verlopen").GetBoolean().ShouldBeFalse();
        var swv = (await Ontbrekend(Medewerker)).ShouldHaveSingleItem();
        swv.GetProperty("voor").GetString().ShouldBe("swv-medewerker");
        swv.GetProperty("deadline").GetString().ShouldBe("2026-12-22");
        (await Ontbrekend(IbAnder)).ShouldBeEmpty();

        var (id, oppEtag) = await StartOppAsync();
        var metConcept = (await Ontbrekend(Medewerker)).ShouldHaveSingleItem();
        metConcept.GetProperty("oppId").GetGuid().ShouldBe(id);
        metConcept.GetProperty("status").GetString().ShouldBe("concept");

        await StelOppVastAsync(id, oppEtag);

        (await Ontbrekend(IbEigen)).ShouldBeEmpty();
        (await Ontbrekend(Medewerker)).ShouldBeEmpty();
    }

    private async Task<int> Totaal(string token, string filter) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{OppPad}?{filter}", token: token)).GetProperty("totaal").GetInt32();

    private async Task<List<JsonElement>> Items(string token) =>
        [.. (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Werkvoorraad, token: token)).GetProperty("items").EnumerateArray()];

    private async Task<List<JsonElement>> Ontbrekend(string token) =>
        [.. (await Items(token)).Where(i => i.GetProperty("actie").GetString() == "opp-ontbreekt")];
}
