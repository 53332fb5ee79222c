using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using static PassendOnderwijs.Domain.UnitTests.Arrangementen.ArrangementMaker;

namespace PassendOnderwijs.Domain.UnitTests.Arrangementen;

/// <summary>Every step raises exactly its own domain event, carrying the new status; a refused step raises nothing.</summary>
public class ArrangementGebeurtenisTests
{
    private static readonly DateTimeOffset Later = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Door = new("swv-beleid-3", "Noor (beleidsmedewerker)");

    private static IEnumerable<TestCaseData> Stappen()
    {
        yield return Geval(nameof(Arrangement.NeemInBehandeling), () => Aangevraagd(), a => a.NeemInBehandeling(Door, Later), typeof(ArrangementInBehandelingGenomen));
        yield return Geval(nameof(Arrangement.VraagInformatie), InBehandeling, a => a.VraagInformatie("Stuur het groeidocument.", Door, Later), typeof(ArrangementInformatieGevraagd));
        yield return Geval(nameof(Arrangement.BeantwoordVraag), MetOpenVraag, a => a.BeantwoordVraag("Bijgevoegd.", Door, Later), typeof(ArrangementInformatieGegeven));
        yield return Geval(nameof(Arrangement.KenToe), InBehandeling, a => a.KenToe("BS-2027-0001", Besluitdag, "Past.", Door, Later), typeof(ArrangementToegekend));
        yield return Geval(nameof(Arrangement.WijsAf), InBehandeling, a => a.WijsAf("BS-2027-0002", Besluitdag, "Volstaat.", Door, Later), typeof(ArrangementAfgewezen));
        yield return Geval(nameof(Arrangement.Start), () => Toegekend(), a => a.Start(Ingang, Arrangementtermijnen.Standaard, Door, Later), typeof(ArrangementGestart));
        yield return Geval(
            nameof(Arrangement.Evalueer), Actief,
            a => a.Evalueer(DateOnly.FromDateTime(Later.UtcDateTime), BeideDoelen(), "Goed.", Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Door, Later), typeof(ArrangementGeevalueerd));
        yield return Geval(nameof(Arrangement.Beeindig), Actief, a => a.Beeindig(DateOnly.FromDateTime(Later.UtcDateTime), "Behaald.", Door, Later), typeof(ArrangementBeeindigd));
    }

    [Test]
    public void A_request_raises_ArrangementAangevraagd_with_its_ids_and_status()
    {
        var arrangement = Aangevraagd();

        var gebeurtenis = arrangement.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<ArrangementAangevraagd>();
        gebeurtenis.ShouldBe(new ArrangementAangevraagd(arrangement.Id, arrangement.Samenwerkingsverband, ArrangementStatus.Aangevraagd, Nu));
    }

    [TestCaseSource(nameof(Stappen))]
    public void Each_step_raises_exactly_its_event(Func<Arrangement> maak, Func<Arrangement, Result<Arrangement>> stap, Type verwacht)
    {
        var arrangement = maak();
        arrangement.ClearDomainEvents();

        stap(arrangement).IsGelukt.ShouldBeTrue();

        var gebeurtenis = arrangement.DomainEvents.ShouldHaveSingleItem().ShouldBeAssignableTo<ArrangementGebeurtenis>()!;
        gebeurtenis.GetType().ShouldBe(verwacht);
        gebeurtenis.ArrangementId.ShouldBe(arrangement.Id);
        gebeurtenis.Samenwerkingsverband.ShouldBe(arrangement.Samenwerkingsverband);
        gebeurtenis.Status.ShouldBe(arrangement.Status);
        gebeurtenis.Op.ShouldBe(Later);
    }

    [Test]
    public void Every_history_action_has_its_own_event()
    {
        var acties = typeof(Gebeurtenis).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var soorten = typeof(ArrangementGebeurtenis).Assembly.GetTypes()
            .Where(t => t.IsSealed && t.IsSubclassOf(typeof(ArrangementGebeurtenis))).ToList();

        soorten.Count.ShouldBe(acties.Count);
        soorten.Select(s => s.Name).ShouldBe(
            [
                nameof(ArrangementAangevraagd), nameof(ArrangementInBehandelingGenomen), nameof(ArrangementInformatieGevraagd),
                nameof(ArrangementInformatieGegeven), nameof(ArrangementToegekend), nameof(ArrangementAfgewezen),
                nameof(ArrangementGestart), nameof(ArrangementGeevalueerd), nameof(ArrangementBeeindigd),
            ],
            ignoreOrder: true);
    }

    [Test]
    public void A_refused_step_raises_nothing()
    {
        var arrangement = Aangevraagd();
        arrangement.ClearDomainEvents();

        arrangement.Start(Ingang, Arrangementtermijnen.Standaard, Door, Later).IsGelukt.ShouldBeFalse();
        arrangement.KenToe(null, Besluitdag, null, Door, Later).IsGelukt.ShouldBeFalse();

        arrangement.DomainEvents.ShouldBeEmpty();
    }

    [Test]
    public void Events_carry_no_names_or_free_text()
    {
        var velden = typeof(ArrangementGebeurtenis).GetProperties().Select(p => p.Name).ToList();

        velden.ShouldBe(["ArrangementId", "Samenwerkingsverband", "Status", "Op"], ignoreOrder: true);
    }

    private static TestCaseData Geval(string naam, Func<Arrangement> maak, Func<Arrangement, Result<Arrangement>> stap, Type verwacht) =>
        new TestCaseData(maak, stap, verwacht).SetArgDisplayNames(naam);
}
