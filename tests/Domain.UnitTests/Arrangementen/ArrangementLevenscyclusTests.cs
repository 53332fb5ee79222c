using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using static PassendOnderwijs.Domain.UnitTests.Arrangementen.ArrangementMaker;

namespace PassendOnderwijs.Domain.UnitTests.Arrangementen;

/// <summary>Every operation tried from every status: the one allowed status succeeds, every other is refused and changes nothing.</summary>
public class ArrangementLevenscyclusTests
{
    private static readonly DateTimeOffset Later = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Door = new("swv-beleid-3", "Noor (beleidsmedewerker)");

    private static readonly Dictionary<string, Func<Arrangement, Result<Arrangement>>> Stappen = new()
    {
        [nameof(Arrangement.NeemInBehandeling)] = a => a.NeemInBehandeling(Door, Later),
        [nameof(Arrangement.VraagInformatie)] = a => a.VraagInformatie("Hoe vaak is de instructie herhaald?", Door, Later),
        [nameof(Arrangement.BeantwoordVraag)] = a => a.BeantwoordVraag("Twee keer per week.", Door, Later),
        [nameof(Arrangement.KenToe)] = a => a.KenToe("BS-2027-0001", Besluitdag, "Past bij de onderwijsbehoeften.", Door, Later),
        [nameof(Arrangement.WijsAf)] = a => a.WijsAf("BS-2027-0002", Besluitdag, "De basisondersteuning volstaat.", Door, Later),
        [nameof(Arrangement.Start)] = a => a.Start(Ingang, Arrangementtermijnen.Standaard, Door, Later),
        [nameof(Arrangement.Evalueer)] = a => a.Evalueer(DateOnly.FromDateTime(Later.UtcDateTime), BeideDoelen(), "Doelen behaald.", Vervolg.Beeindigen, Arrangementtermijnen.Standaard, Door, Later),
        [nameof(Arrangement.Beeindig)] = a => a.Beeindig(DateOnly.FromDateTime(Later.UtcDateTime), "Doelen behaald.", Door, Later),
    };

    private static readonly Dictionary<string, (ArrangementStatus Van, ArrangementStatus Naar, string Actie)> Toegestaan = new()
    {
        [nameof(Arrangement.NeemInBehandeling)] = (ArrangementStatus.Aangevraagd, ArrangementStatus.InBehandeling, Gebeurtenis.InBehandelingGenomen),
        [nameof(Arrangement.VraagInformatie)] = (ArrangementStatus.InBehandeling, ArrangementStatus.InBehandeling, Gebeurtenis.InformatieGevraagd),
        [nameof(Arrangement.BeantwoordVraag)] = (ArrangementStatus.InBehandeling, ArrangementStatus.InBehandeling, Gebeurtenis.InformatieGegeven),
        [nameof(Arrangement.KenToe)] = (ArrangementStatus.InBehandeling, ArrangementStatus.Toegekend, Gebeurtenis.Toegekend),
        [nameof(Arrangement.WijsAf)] = (ArrangementStatus.InBehandeling, ArrangementStatus.Afgewezen, Gebeurtenis.Afgewezen),
        [nameof(Arrangement.Start)] = (ArrangementStatus.Toegekend, ArrangementStatus.Actief, Gebeurtenis.Gestart),
        [nameof(Arrangement.Evalueer)] = (ArrangementStatus.Actief, ArrangementStatus.Actief, Gebeurtenis.Geevalueerd),
        [nameof(Arrangement.Beeindig)] = (ArrangementStatus.Actief, ArrangementStatus.Beeindigd, Gebeurtenis.Beeindigd),
    };

    private static IEnumerable<string> ToegestaneOvergangen => Stappen.Keys;

    private static IEnumerable<TestCaseData> GeweigerdeOvergangen() =>
        from status in Enum.GetValues<ArrangementStatus>()
        from stap in Stappen.Keys
        where Toegestaan[stap].Van != status
        select new TestCaseData(status, stap);

    [Test]
    public void The_table_tries_every_operation_from_every_status() =>
        (Stappen.Count * Enum.GetValues<ArrangementStatus>().Length).ShouldBe(8 * 6);

    [TestCaseSource(nameof(ToegestaneOvergangen))]
    public void The_allowed_step_succeeds_and_appends_exactly_one_event(string stap)
    {
        var (van, naar, actie) = Toegestaan[stap];
        var arrangement = stap == nameof(Arrangement.BeantwoordVraag) ? MetOpenVraag() : In(van);
        var eerder = arrangement.Gebeurtenissen.ToList();

        var uitkomst = Stappen[stap](arrangement);

        uitkomst.IsGelukt.ShouldBeTrue(uitkomst.Codes());
        uitkomst.Waarde.ShouldBeSameAs(arrangement);
        arrangement.Status.ShouldBe(naar);
        arrangement.Gebeurtenissen.Take(eerder.Count).ShouldBe(eerder);
        var nieuw = arrangement.Gebeurtenissen.Skip(eerder.Count).ShouldHaveSingleItem();
        nieuw.Actie.ShouldBe(actie);
        nieuw.Door.ShouldBe(Door);
        nieuw.Op.ShouldBe(Later);
        arrangement.GewijzigdOp.ShouldBe(Later);
    }

    [TestCaseSource(nameof(GeweigerdeOvergangen))]
    public void Every_other_step_is_a_conflict_and_changes_nothing(ArrangementStatus status, string stap)
    {
        var arrangement = MetZoveelMogelijkInhoud(status);
        var voor = Stand.Van(arrangement);

        var uitkomst = Stappen[stap](arrangement);

        uitkomst.IsGelukt.ShouldBeFalse();
        uitkomst.Soort.ShouldBe(FoutSoort.Conflict);
        var fout = uitkomst.Fouten.ShouldHaveSingleItem();
        fout.Code.ShouldBe("ongeldige-overgang");
        fout.Melding.ShouldContain($"'{ArrangementStatusCodes.Lijst.LabelInZin(status)}'");
        Stand.Van(arrangement).ShouldBe(voor);
    }

    [Test]
    public void A_granted_arrangement_keeps_its_whole_history_in_order()
    {
        var arrangement = Arrangement.VraagAan(Leerling(), GeldigeAanvraag(), Arrangementtermijnen.Standaard, Ib, Nu).Waarde;
        DateTimeOffset Dag(int n) => Nu.AddDays(n);

        arrangement.NeemInBehandeling(Consulent, Dag(1));
        arrangement.VraagInformatie("Stuur het groeidocument mee.", Consulent, Dag(2));
        arrangement.BeantwoordVraag("Bijgevoegd.", Ib, Dag(3));
        arrangement.KenToe("BS-2026-0042", Vandaag.AddDays(4), "Past.", Consulent, Dag(4));
        arrangement.Start(Ingang, Arrangementtermijnen.Standaard, Ib, Dag(7));
        arrangement.Evalueer(EersteEvaluatie, BeideDoelen(), "Doelen behaald.", Vervolg.Beeindigen, Arrangementtermijnen.Standaard, Ib, Om(EersteEvaluatie));
        arrangement.Beeindig(EersteEvaluatie, "Doelen behaald.", Consulent, Om(EersteEvaluatie).AddHours(1));

        arrangement.Gebeurtenissen.ShouldBe(new[]
        {
            new Gebeurtenis(Nu, Ib, Gebeurtenis.Aangevraagd, null),
            new Gebeurtenis(Dag(1), Consulent, Gebeurtenis.InBehandelingGenomen, null),
            new Gebeurtenis(Dag(2), Consulent, Gebeurtenis.InformatieGevraagd, "Stuur het groeidocument mee."),
            new Gebeurtenis(Dag(3), Ib, Gebeurtenis.InformatieGegeven, "Bijgevoegd."),
            new Gebeurtenis(Dag(4), Consulent, Gebeurtenis.Toegekend, "BS-2026-0042: Past."),
            new Gebeurtenis(Dag(7), Ib, Gebeurtenis.Gestart, null),
            new Gebeurtenis(Om(EersteEvaluatie), Ib, Gebeurtenis.Geevalueerd, "Vervolg: beeindigen. Doelen behaald."),
            new Gebeurtenis(Om(EersteEvaluatie).AddHours(1), Consulent, Gebeurtenis.Beeindigd, "Doelen behaald."),
        });
        arrangement.Status.ShouldBe(ArrangementStatus.Beeindigd);
    }

    [Test]
    public void A_refused_arrangement_ends_its_history_with_the_refusal()
    {
        var arrangement = Afgewezen();

        arrangement.Gebeurtenissen.Select(g => g.Actie).ShouldBe(new[] { Gebeurtenis.Aangevraagd, Gebeurtenis.InBehandelingGenomen, Gebeurtenis.Afgewezen });
        arrangement.Gebeurtenissen[^1].Toelichting.ShouldBe("BS-2026-0043: De basisondersteuning volstaat.");
    }

    /// <summary>Open question, decision and evaluation present where the status allows, so "unchanged" checks them all.</summary>
    private static Arrangement MetZoveelMogelijkInhoud(ArrangementStatus status) => status switch
    {
        ArrangementStatus.InBehandeling => MetOpenVraag(),
        ArrangementStatus.Actief => Geevalueerd(),
        _ => In(status),
    };

    private sealed record Stand(
        ArrangementStatus Status,
        string Gebeurtenissen,
        string Evaluaties,
        string? OpenVraag,
        Besluit? Besluit,
        string? Beschikkingsnummer,
        DateOnly? Startdatum,
        DateOnly? VolgendeEvaluatieUiterlijk,
        DateOnly? BeeindigdOp,
        DateTimeOffset GewijzigdOp)
    {
        public static Stand Van(Arrangement a) => new(
            a.Status,
            string.Join(" | ", a.Gebeurtenissen),
            string.Join(" | ", a.Evaluaties.Select(e => e.Id)),
            a.OpenVraag,
            a.Besluit,
            a.Beschikkingsnummer,
            a.Startdatum,
            a.VolgendeEvaluatieUiterlijk,
            a.BeeindigdOp,
            a.GewijzigdOp);
    }
}
