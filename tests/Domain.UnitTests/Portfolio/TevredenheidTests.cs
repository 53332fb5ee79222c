using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

/// <summary>Issue 20: the tevredenheidsonderzoek after an expert inzet and how its results are aggregated.</summary>
public class TevredenheidTests
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Eva = Guid.CreateVersion7();
    private static readonly Guid Hanna = Guid.CreateVersion7();

    private static Tevredenheidsonderzoek Onderzoek(Guid? expert = null, string regio = "Noord", Expertisegebied gebied = Expertisegebied.Gedrag) =>
        Tevredenheidsonderzoek.Verstuur(
            SwvCode.Parse("PO2705").Waarde, Guid.CreateVersion7(), VestigingCode.Parse("12AB00").Waarde, regio, expert ?? Eva, "Eva Expert", gebied, Nu);

    private static Dictionary<Tevredenheidsvraag, int?> Scores(int score = 4) =>
        Enum.GetValues<Tevredenheidsvraag>().ToDictionary(v => v, _ => (int?)score);

    [Test]
    public void The_school_is_asked_to_answer_within_four_weeks_of_the_day_it_was_sent() =>
        Onderzoek().BeantwoordenUiterlijk.ShouldBe(new DateOnly(2027, 1, 1));

    [Test]
    public void Every_question_needs_a_whole_score_from_1_to_5_and_all_problems_come_at_once()
    {
        var scores = Scores();
        scores[Tevredenheidsvraag.Werkwijze] = 0;
        scores[Tevredenheidsvraag.Snelheid] = 6;
        scores.Remove(Tevredenheidsvraag.Bijdrage);
        scores[Tevredenheidsvraag.Communicatie] = null;

        Tevredenheidsonderzoek.Controleer(scores, new string('x', Tevredenheidsonderzoek.MaximaleLengteToelichting + 1))
            .Select(f => (f.Veld, f.Code)).ShouldBe(
            [
                ("scores.werkwijze", "score-buiten-bereik"), ("scores.bijdrage", "score-vereist"), ("scores.communicatie", "score-vereist"),
                ("scores.snelheid", "score-buiten-bereik"), ("toelichting", "toelichting-te-lang"),
            ]);
        Tevredenheidsonderzoek.Controleer(Scores(1), null).ShouldBeEmpty();
        Tevredenheidsonderzoek.Controleer(Scores(5), "Prima.").ShouldBeEmpty();
    }

    [Test]
    public void A_school_answers_once_and_a_refused_answer_changes_nothing()
    {
        var onderzoek = Onderzoek();
        var fout = Scores();
        fout[Tevredenheidsvraag.Bijdrage] = 9;
        onderzoek.Beantwoord(fout, null, Nu).IsGelukt.ShouldBeFalse();
        onderzoek.IsBeantwoord.ShouldBeFalse();

        onderzoek.Beantwoord(Scores(5), "  Heel fijn.  ", Nu.AddDays(1)).IsGelukt.ShouldBeTrue();
        (onderzoek.Scores[Tevredenheidsvraag.Bijdrage], onderzoek.Toelichting, onderzoek.BeantwoordOp).ShouldBe((5, "Heel fijn.", Nu.AddDays(1)));

        var tweede = onderzoek.Beantwoord(Scores(1), null, Nu.AddDays(2));
        tweede.Fouten.Single().Code.ShouldBe("al-beantwoord");
        onderzoek.Scores[Tevredenheidsvraag.Bijdrage].ShouldBe(5);
    }

    [Test]
    public void Results_average_per_group_and_hide_the_averages_of_groups_under_five_unless_asked_by_the_manager()
    {
        var onderzoeken = new List<Tevredenheidsonderzoek>();
        foreach (var score in new[] { 5, 4, 4, 3, 5 })
        {
            var o = Onderzoek();
            o.Beantwoord(Scores(score), null, Nu);
            onderzoeken.Add(o);
        }

        var vanHanna = Onderzoek(Hanna, "Zuid", Expertisegebied.Hoogbegaafdheid);
        vanHanna.Beantwoord(Scores(2), null, Nu);
        onderzoeken.Add(vanHanna);
        onderzoeken.Add(Onderzoek(Hanna)); // Not answered: it does not count.

        var perExpert = Tevredenheidsuitslag.Groepeer(onderzoeken, o => o.ExpertId, toonKleineGroepen: false, drempel: 5).ToDictionary(g => g.Sleutel);
        perExpert[Eva].Aantal.ShouldBe(5);
        perExpert[Eva].Gemiddelden![Tevredenheidsvraag.Werkwijze].ShouldBe(4.2m);
        (perExpert[Hanna].Aantal, perExpert[Hanna].Gemiddelden).ShouldBe((1, null));

        var voorManager = Tevredenheidsuitslag.Groepeer(onderzoeken, o => o.Regio, toonKleineGroepen: true, drempel: 5).ToDictionary(g => g.Sleutel);
        voorManager["Zuid"].Gemiddelden![Tevredenheidsvraag.Snelheid].ShouldBe(2m);
        Tevredenheidsuitslag.Groepeer(onderzoeken, o => o.Expertisegebied, toonKleineGroepen: false, drempel: 5).Select(g => g.Sleutel)
            .ShouldBe([Expertisegebied.Gedrag, Expertisegebied.Hoogbegaafdheid], ignoreOrder: true);
    }

    [Test]
    public void A_higher_drempel_of_the_SWV_hides_more_averages_and_a_lower_one_never_goes_under_five()
    {
        var onderzoeken = new List<Tevredenheidsonderzoek>();
        foreach (var score in new[] { 5, 4, 4, 3, 5, 4 })
        {
            var o = Onderzoek();
            o.Beantwoord(Scores(score), null, Nu);
            onderzoeken.Add(o);
        }

        Tevredenheidsuitslag.Groepeer(onderzoeken, o => o.ExpertId, toonKleineGroepen: false, drempel: 7).Single().Gemiddelden.ShouldBeNull();
        Tevredenheidsuitslag.Groepeer(onderzoeken, o => o.ExpertId, toonKleineGroepen: false, drempel: 6).Single().Gemiddelden.ShouldNotBeNull();
        Tevredenheidsuitslag.Groepeer(onderzoeken.Take(4), o => o.ExpertId, toonKleineGroepen: false, drempel: 2).Single().Gemiddelden.ShouldBeNull();
        Tevredenheidsuitslag.Groepeer(onderzoeken.Take(4), o => o.ExpertId, toonKleineGroepen: true, drempel: 7).Single().Gemiddelden.ShouldNotBeNull();
    }
}
