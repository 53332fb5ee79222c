using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// Routekaart step 7: when the inzet closes the school gets a tevredenheidsonderzoek about the expert. It answers once,
/// with a score from 1 to 5 on each question; only the manager ondersteuning reads the answers, and the results per
/// expert, gebied and regio show no averages for groups under 5 answers to anyone else.
/// </summary>
public partial class ExpertinzetTests
{
    private const string Onderzoeken = "/api/v1/tevredenheidsonderzoeken";

    private static object Antwoord(int snelheid = 3) => new
    {
        scores = new { werkwijze = 4, bijdrage = 5, bereikbaarheid = 4, communicatie = 4, snelheid },
        toelichting = "Fijne samenwerking; het duurde wel even voor de expert kon starten.",
    };

    private async Task<(JsonElement Onderzoek, string Etag)> OnderzoekNaAfsluitenAsync()
    {
        var (id, etag) = await InRealiserenAsync();
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "evaluatie" }, Expert);
        await DoeAsync(id, "afsluiting", etag, new { resultaat = "terug-naar-netwerk" }, Expert);
        await VerwerkOutboxAsync();
        await VerwerkOutboxAsync(); // A second delivery must not send a second onderzoek.

        var open = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Onderzoeken}?status=open", token: IbEigen)).GetProperty("onderzoeken");
        var onderzoek = open.EnumerateArray().ShouldHaveSingleItem();
        onderzoek.GetProperty("expertinzetId").GetGuid().ShouldBe(id);
        using var gelezen = await Stuur(HttpMethod.Get, $"{Onderzoeken}/{onderzoek.GetProperty("id").GetGuid()}", token: IbEigen);
        gelezen.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(gelezen), gelezen.Headers.ETag!.Tag);
    }

    [Test]
    public async Task Closing_sends_the_school_one_tevredenheidsonderzoek_it_answers_once()
    {
        var (onderzoek, etag) = await OnderzoekNaAfsluitenAsync();
        var pad = $"{Onderzoeken}/{onderzoek.GetProperty("id").GetGuid()}";
        (onderzoek.GetProperty("expertNaam").GetString(), onderzoek.GetProperty("expertisegebied").GetString(), onderzoek.GetProperty("regio").GetString())
            .ShouldBe(("Test Expert", "gedrag", "Noord"));
        onderzoek.TryGetProperty("leerling", out _).ShouldBeFalse("the onderzoek is about the expert, not the pupil");

        // Every problem at once, by field; without If-Match 428; another school sees nothing.
        using (var fout = await WijzigAsync(HttpMethod.Post, pad + "/antwoord", etag, new { scores = new { werkwijze = 0, bijdrage = 6 }, toelichting = new string('x', 2001) }, IbEigen))
        {
            (await ProbleemAsync(fout, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString())
                .ShouldBe(["#/scores/werkwijze", "#/scores/bijdrage", "#/scores/bereikbaarheid", "#/scores/communicatie", "#/scores/snelheid", "#/toelichting"], ignoreOrder: true);
        }

        using (var zonder = await WijzigAsync(HttpMethod.Post, pad + "/antwoord", null, Antwoord(), IbEigen))
        {
            await ProbleemAsync(zonder, 428);
        }

        await ProbleemAsync(await WijzigAsync(HttpMethod.Post, pad + "/antwoord", etag, Antwoord(), IbAnder), 404);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Onderzoeken, token: IbAnder)).GetProperty("onderzoeken").GetArrayLength().ShouldBe(0);

        using (var goed = await WijzigAsync(HttpMethod.Post, pad + "/antwoord", etag, Antwoord(), IbEigen))
        {
            var beantwoord = await JsonAsync(goed);
            goed.StatusCode.ShouldBe(HttpStatusCode.OK, beantwoord.ToString());
            beantwoord.GetProperty("beantwoord").GetBoolean().ShouldBeTrue();
            // The school sees that it answered, not its answers: those are for the manager ondersteuning.
            beantwoord.TryGetProperty("scores", out _).ShouldBeFalse();
            beantwoord.TryGetProperty("toelichting", out _).ShouldBeFalse();
            etag = goed.Headers.ETag!.Tag;
        }

        using (var tweede = await WijzigAsync(HttpMethod.Post, pad + "/antwoord", etag, Antwoord(snelheid: 5), IbEigen))
        {
            (await ProbleemAsync(tweede, 409)).GetProperty("type").GetString()!.ShouldEndWith("al-beantwoord");
        }

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Onderzoeken}?status=open", token: IbEigen)).GetProperty("onderzoeken").GetArrayLength().ShouldBe(0);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Onderzoeken}?status=misschien", token: IbEigen), 400);
    }

    [Test]
    public async Task Only_the_manager_ondersteuning_reads_the_answers_and_small_groups_show_no_averages_to_others()
    {
        var (onderzoek, etag) = await OnderzoekNaAfsluitenAsync();
        var pad = $"{Onderzoeken}/{onderzoek.GetProperty("id").GetGuid()}";
        (await WijzigAsync(HttpMethod.Post, pad + "/antwoord", etag, Antwoord(), IbEigen)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var manager = await ManagerOndersteuningAsync();
        var gelezen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, pad, token: manager);
        gelezen.GetProperty("scores").GetProperty("bijdrage").GetInt32().ShouldBe(5);
        gelezen.GetProperty("toelichting").GetString()!.ShouldStartWith("Fijne samenwerking");
        (await Stuur(HttpMethod.Get, pad, token: await BeleidsmedewerkerAsync())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Stuur(HttpMethod.Get, pad, token: Expert)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // One answer: the manager sees the averages, the beleidsmedewerker only the count (an average of one is the answer).
        var voorManager = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/tevredenheidsuitslag", token: manager);
        (voorManager.GetProperty("verstuurd").GetInt32(), voorManager.GetProperty("beantwoord").GetInt32()).ShouldBe((1, 1));
        var expert = voorManager.GetProperty("perExpert").EnumerateArray().ShouldHaveSingleItem();
        (expert.GetProperty("naam").GetString(), expert.GetProperty("aantal").GetInt32(), expert.GetProperty("onderdrukt").GetBoolean()).ShouldBe(("Test Expert", 1, false));
        expert.GetProperty("gemiddelden").GetProperty("snelheid").GetDecimal().ShouldBe(3m);

        var voorBeleid = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/tevredenheidsuitslag", token: await BeleidsmedewerkerAsync());
        foreach (var groep in new[] { "perExpert", "perExpertisegebied", "perRegio" })
        {
            var regel = voorBeleid.GetProperty(groep).EnumerateArray().ShouldHaveSingleItem();
            (regel.GetProperty("aantal").GetInt32(), regel.GetProperty("onderdrukt").GetBoolean()).ShouldBe((1, true), groep);
            regel.TryGetProperty("gemiddelden", out _).ShouldBeFalse(groep);
        }

        voorBeleid.GetProperty("perExpertisegebied")[0].GetProperty("naam").GetString().ShouldBe("Gedrag");
        (await Stuur(HttpMethod.Get, "/api/v1/tevredenheidsuitslag", token: IbEigen)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await ProbleemAsync(await Stuur(HttpMethod.Get, "/api/v1/tevredenheidsuitslag?schooljaar=2026", token: manager), 400);
    }
}
