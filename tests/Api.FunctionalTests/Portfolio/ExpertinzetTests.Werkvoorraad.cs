using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// The expert inzet werkvoorraad (today is 24 November 2026): the regionaal procesbegeleider links, the linked expert
/// carries the cycle, the school lays down the plan and answers the tevredenheidsonderzoek afterwards; each line is
/// due by the target of the inzet's phase. Nobody else sees a line, and a plain SWV medewerker has no such werkvoorraad.
/// Paged like every werkvoorraad, the onderzoeken in the same keyset as the inzetten.
/// </summary>
public partial class ExpertinzetTests
{
    private const string Werkvoorraad = Inzetten + "/werkvoorraad";

    [Test]
    public async Task Each_role_finds_the_step_that_waits_for_it_and_no_one_else_does()
    {
        var (id, etag) = await StartAsync();
        var procesbegeleider = await ProcesbegeleiderAsync();

        // Waiting for an expert: the procesbegeleider's to-do, by two weeks from the start.
        var koppelen = (await WerkvoorraadAsync(procesbegeleider)).ShouldHaveSingleItem();
        (Kern(koppelen), koppelen.GetProperty("deadline").GetString(), koppelen.GetProperty("verlopen").GetBoolean()).ShouldBe(((id, "expert-koppelen", "swv-medewerker"), "2026-12-08", false));
        (koppelen.GetProperty("leerlingId").GetGuid(), koppelen.GetProperty("leerlingNaam").GetString(), koppelen.GetProperty("status").GetString())
            .ShouldBe((LeerlingId, "Sanne Test", "wacht-op-expert"));
        koppelen.GetProperty("omschrijving").GetString().ShouldBe("De school wacht op een expert: koppel er een aan de inzet");
        await GeenLijnenAsync(IbEigen, IbAnder, Expert);

        // A medewerker without the functie, or with another one, has no lines of the inzet: the API says so (403).
        await ProbleemAsync(await Stuur(HttpMethod.Get, Werkvoorraad, token: Medewerker), 403);
        await ProbleemAsync(await Stuur(HttpMethod.Get, Werkvoorraad, token: await BeleidsmedewerkerAsync()), 403);

        // Linked: the expert carries the cycle, each phase by four weeks from its first day.
        (_, etag) = await DoeAsync(id, "koppeling", etag, new { expertId = ExpertId }, procesbegeleider);
        var volgende = (await WerkvoorraadAsync(Expert)).ShouldHaveSingleItem();
        (Kern(volgende), volgende.GetProperty("deadline").GetString(), volgende.GetProperty("expertNaam").GetString())
            .ShouldBe(((id, "volgende-fase", "expert"), "2026-12-22", "Test Expert"));
        await GeenLijnenAsync(procesbegeleider, IbEigen, IbAnder);

        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "waarnemen" }, IbEigen);
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "begrijpen" }, Expert);
        (await WerkvoorraadAsync(Expert)).Select(Kern).ShouldBe([(id, "samenvatting-delen", "expert")]);
        (_, etag) = await DoeAsync(id, "samenvatting", etag, new { conclusies = "Overprikkeld.", aanbevelingen = "Rustige werkplek.", handelingsgerichteDiagnostiek = false }, Expert);
        (await WerkvoorraadAsync(Expert)).Select(Kern).ShouldBe([(id, "volgende-fase", "expert")]);

        // Plannen: the school owns the process and lays down the plan; then the expert takes it to realiseren.
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "plannen" }, Expert);
        (await WerkvoorraadAsync(IbEigen)).Select(Kern).ShouldBe([(id, "plan-vastleggen", "school-medewerker")]);
        await GeenLijnenAsync(Expert, IbAnder, procesbegeleider);
        (_, etag) = await DoeAsync(id, "plan", etag, Plan(10m), IbEigen, HttpMethod.Put);
        await GeenLijnenAsync(IbEigen);
        (await WerkvoorraadAsync(Expert)).Select(Kern).ShouldBe([(id, "volgende-fase", "expert")]);

        // Realiseren runs until the plan's interventions end (31 January 2027): beyond the werkvoorraad's month ahead.
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "realiseren" }, IbEigen);
        await GeenLijnenAsync(Expert, IbEigen);
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "evaluatie" }, Expert);
        var afsluiten = (await WerkvoorraadAsync(Expert)).ShouldHaveSingleItem();
        (Kern(afsluiten), afsluiten.GetProperty("deadline").GetString()).ShouldBe(((id, "afsluiten", "expert"), "2026-12-08"));

        // Every pupil on a page is on the audit log, as with every read of an inzet.
        var gelezen = await LeesAuditAsync();
        await WerkvoorraadAsync(Expert);
        (await LeesAuditAsync()).ShouldBe(gelezen + 1);

        // Closed: the school answers the tevredenheidsonderzoek, a line that names the expert and never the pupil.
        await DoeAsync(id, "afsluiting", etag, new { resultaat = "terug-naar-netwerk" }, Expert);
        await VerwerkOutboxAsync();
        var onderzoek = (await WerkvoorraadAsync(IbEigen)).ShouldHaveSingleItem();
        (Kern(onderzoek), onderzoek.GetProperty("deadline").GetString(), onderzoek.GetProperty("expertNaam").GetString(), onderzoek.GetProperty("expertisegebied").GetString())
            .ShouldBe(((id, "tevredenheid-invullen", "school-medewerker"), "2026-12-22", "Test Expert", "gedrag"));
        onderzoek.GetProperty("omschrijving").GetString().ShouldBe("Vul het tevredenheidsonderzoek in over de inzet van Test Expert");
        foreach (var geen in new[] { "leerlingId", "leerlingNaam", "status" })
        {
            (!onderzoek.TryGetProperty(geen, out var waarde) || waarde.ValueKind == JsonValueKind.Null).ShouldBeTrue(geen);
        }

        (await LeesAuditAsync()).ShouldBe(gelezen + 1, "a page with only an onderzoek holds no pupil data");
        await GeenLijnenAsync(Expert, IbAnder, procesbegeleider);

        var onderzoekPad = $"{Onderzoeken}/{onderzoek.GetProperty("tevredenheidsonderzoekId").GetGuid()}";
        using var gelezenOnderzoek = await Stuur(HttpMethod.Get, onderzoekPad, token: IbEigen);
        (await WijzigAsync(HttpMethod.Post, onderzoekPad + "/antwoord", gelezenOnderzoek.Headers.ETag!.Tag, Antwoord(), IbEigen)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await GeenLijnenAsync(IbEigen);
    }

    [Test]
    public async Task The_cursor_walks_the_inzetten_and_the_onderzoeken_once_each_in_deadline_order()
    {
        // For the school: an onderzoek after a closed inzet, and two inzetten in plannen without a plan; all due by
        // 22 December 2026, so the order within the day is by id, across both kinds of line.
        var (gesloten, etag) = await InRealiserenAsync();
        (_, etag) = await DoeAsync(gesloten, "fase", etag, new { naar = "evaluatie" }, Expert);
        await DoeAsync(gesloten, "afsluiting", etag, new { resultaat = "terug-naar-netwerk" }, Expert);
        await VerwerkOutboxAsync();
        var plannen = new List<Guid>();
        foreach (var naam in new[] { "Daan", "Eva" })
        {
            var (id, versie) = await StartAsync(await RegistreerLeerlingAsync(naam, EigenVestiging, IbEigen));
            (_, versie) = await DoeAsync(id, "koppeling", versie, new { expertId = ExpertId }, await ProcesbegeleiderAsync());
            (_, versie) = await DoeAsync(id, "fase", versie, new { naar = "waarnemen" }, IbEigen);
            (_, versie) = await DoeAsync(id, "fase", versie, new { naar = "begrijpen" }, Expert);
            (_, versie) = await DoeAsync(id, "samenvatting", versie, new { conclusies = "C.", aanbevelingen = "A.", handelingsgerichteDiagnostiek = false }, Expert);
            await DoeAsync(id, "fase", versie, new { naar = "plannen" }, Expert);
            plannen.Add(id);
        }

        var alles = await WerkvoorraadAsync(IbEigen);
        alles.Select(Kern).ShouldBe(
            [(gesloten, "tevredenheid-invullen", "school-medewerker"), (plannen[0], "plan-vastleggen", "school-medewerker"), (plannen[1], "plan-vastleggen", "school-medewerker")],
            ignoreOrder: true);
        alles.Select(l => l.GetProperty("deadline").GetString()).Distinct().ShouldBe(["2026-12-22"]);
        foreach (var grootte in new[] { 1, 2 })
        {
            var paginas = await WerkvoorraadPaginasAsync(Werkvoorraad, IbEigen, grootte);
            paginas.Count.ShouldBe(grootte == 1 ? 3 : 2);
            paginas.ShouldAllBe(p => p.Totaal == 3);
            paginas.SelectMany(p => p.Lijnen).Select(Kern).ShouldBe(alles.Select(Kern));
        }

        // Bad paging is a problem; the arrangementen werkvoorraad's cursor has the same fields but is not one of this werkvoorraad.
        await VraagAanAsync();
        await VraagAanAsync();
        var vanArrangementen = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad?pageSize=1", token: Medewerker)).GetProperty("volgendeCursor").GetString()!;
        await WeigertFoutePaginaAsync(Werkvoorraad, IbEigen, vanArrangementen);
    }

    private static (Guid Inzet, string? Actie, string? Voor) Kern(JsonElement lijn) =>
        (lijn.GetProperty("expertinzetId").GetGuid(), lijn.GetProperty("actie").GetString(), lijn.GetProperty("voor").GetString());

    private async Task<List<JsonElement>> WerkvoorraadAsync(string token) =>
        [.. (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Werkvoorraad, token: token)).GetProperty("items").EnumerateArray()];

    private async Task GeenLijnenAsync(params string[] tokens)
    {
        foreach (var token in tokens)
        {
            var werkvoorraad = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Werkvoorraad, token: token);
            (werkvoorraad.GetProperty("items").GetArrayLength(), werkvoorraad.GetProperty("totaal").GetInt32()).ShouldBe((0, 0));
        }
    }

    /// <summary>How many reads of an inzet are on the pupil's audit log.</summary>
    private async Task<int> LeesAuditAsync() =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Count(r => r.GetProperty("actie").GetString() == "lezen" && r.GetProperty("resourceSoort").GetString() == "expertinzet");
}
