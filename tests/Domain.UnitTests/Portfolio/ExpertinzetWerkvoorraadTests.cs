using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.UnitTests.Arrangementen;

using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

/// <summary>
/// The werkvoorraad the inzet's lifecycle table derives: the procesbegeleider (a functie) links, the linked expert
/// carries the cycle, the school lays down the plan; each line is due by the target of the current phase. The filters
/// are expressions (the API runs them in SQL); here they run compiled, on aggregates.
/// </summary>
public sealed class ExpertinzetWerkvoorraadTests
{
    private static readonly DateTimeOffset Nu = ArrangementMaker.Nu;
    private static readonly DateOnly Vandaag = ArrangementMaker.Vandaag;
    private static readonly DateOnly Horizon = Vandaag.AddDays(30);
    private static readonly Actor Ib = ArrangementMaker.Ib;
    private static readonly Actor Procesbegeleider = new("swv-pb-1", "Piet (procesbegeleider)");
    private static readonly Gebruiker Eva = Gebruiker.Registreer("eva@voorbeeld.nl", "Eva Expert", Rol.Expert, "PO2705", []).Waarde;
    private static readonly Actor Expert = new(Eva.Id.Waarde.ToString(), Eva.Naam);

    /// <summary>The lines that wait on <paramref name="inzet"/> for a caller with these roles, functies and account.</summary>
    private static List<(string Actie, Rol Voor)> Lijnen(Expertinzet inzet, Rol[] rollen, Functie[]? functies = null, Guid account = default) =>
        ExpertinzetLevenscyclus.Tabel.Werkvoorraad(rollen, Horizon, account, functies)
            .Where(w => w.Filter.Compile()(inzet))
            .Select(w => (w.Regel.Actie, w.Voor))
            .ToList();

    private static List<(string Actie, Rol Voor)> VoorDeExpert(Expertinzet inzet) => Lijnen(inzet, [Rol.Expert], account: Eva.Id.Waarde);

    private static List<(string Actie, Rol Voor)> VoorDeSchool(Expertinzet inzet) => Lijnen(inzet, [Rol.SchoolMedewerker]);

    private static Expertinzet Nieuw() => Expertinzet.Start(
        ArrangementMaker.Leerling(), Guid.NewGuid(), Expertisegebied.Gedrag,
        Casusinformatie.Lees("Hoe helpen we Sam bij driftbuien?", "Veel prikkels.", "Sterke band met de leerkracht.", "Time-out plek.").Waarde, null, null, Ib, Nu);

    [Test]
    public void A_new_inzet_waits_for_the_procesbegeleider_only_within_two_weeks()
    {
        var inzet = Nieuw();

        inzet.FaseStreefdatum.ShouldBe(Vandaag.AddDays(ExpertinzetLevenscyclus.KoppelenBinnenDagen));
        Lijnen(inzet, [Rol.SwvMedewerker], [Functie.RegionaalProcesbegeleider]).ShouldBe([("expert-koppelen", Rol.SwvMedewerker)]);
        Lijnen(inzet, [Rol.SwvMedewerker]).ShouldBeEmpty();
        Lijnen(inzet, [Rol.SwvMedewerker], [Functie.Beleidsmedewerker]).ShouldBeEmpty();
        VoorDeSchool(inzet).ShouldBeEmpty();
        VoorDeExpert(inzet).ShouldBeEmpty();
    }

    [Test]
    public void The_linked_expert_carries_the_cycle_and_the_school_lays_down_the_plan()
    {
        var inzet = Nieuw();
        Gelukt(inzet.Koppel(Eva, Guid.NewGuid(), Procesbegeleider, Nu.AddDays(3)));

        // A new phase, a new target from its first day; another expert has no line on this inzet.
        inzet.FaseStreefdatum.ShouldBe(Vandaag.AddDays(3 + ExpertinzetLevenscyclus.FaseBinnenDagen));
        VoorDeExpert(inzet).ShouldBe([(ExpertinzetLevenscyclus.VolgendeFase, Rol.Expert)]);
        Lijnen(inzet, [Rol.Expert], account: Guid.NewGuid()).ShouldBeEmpty();
        VoorDeSchool(inzet).ShouldBeEmpty();
        Lijnen(inzet, [Rol.SwvMedewerker], [Functie.RegionaalProcesbegeleider]).ShouldBeEmpty();

        Gelukt(inzet.NaarFase(ExpertinzetStap.Waarnemen, Ib, Nu.AddDays(4)));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Begrijpen, Expert, Nu.AddDays(5)));
        VoorDeExpert(inzet).ShouldBe([("samenvatting-delen", Rol.Expert)]);

        Gelukt(inzet.DeelSamenvatting("Sam raakt overprikkeld.", "Bied een rustige werkplek.", false, Expert, Nu.AddDays(6)));
        VoorDeExpert(inzet).ShouldBe([(ExpertinzetLevenscyclus.VolgendeFase, Rol.Expert)]);

        Gelukt(inzet.NaarFase(ExpertinzetStap.Plannen, Expert, Nu.AddDays(7)));
        VoorDeExpert(inzet).ShouldBeEmpty();
        VoorDeSchool(inzet).ShouldBe([("plan-vastleggen", Rol.SchoolMedewerker)]);

        Gelukt(inzet.LegPlanVast(["Sam werkt 20 minuten zelfstandig."], [new("Rustige werkplek", Vandaag, Vandaag.AddDays(90), "Leerkracht")], 10m, false, Ib, Nu.AddDays(8)));
        VoorDeSchool(inzet).ShouldBeEmpty();
        VoorDeExpert(inzet).ShouldBe([(ExpertinzetLevenscyclus.VolgendeFase, Rol.Expert)]);
    }

    [Test]
    public void Realiseren_runs_until_the_plan_ends_and_the_evaluation_shows_from_a_month_before()
    {
        var inzet = Nieuw();
        Gelukt(inzet.Koppel(Eva, null, Procesbegeleider, Nu));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Waarnemen, Ib, Nu));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Begrijpen, Expert, Nu));
        Gelukt(inzet.DeelSamenvatting("Conclusie.", "Aanbeveling.", false, Expert, Nu));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Plannen, Expert, Nu));
        Gelukt(inzet.LegPlanVast(["Doel."], [new("Interventie", Vandaag, Vandaag.AddDays(60), "Leerkracht")], 10m, false, Ib, Nu));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Realiseren, Ib, Nu));

        inzet.FaseStreefdatum.ShouldBe(Vandaag.AddDays(60));
        VoorDeExpert(inzet).ShouldBeEmpty();

        // A plan that ends sooner moves the target, and the evaluation comes within the horizon.
        Gelukt(inzet.LegPlanVast(["Doel."], [new("Interventie", Vandaag, Vandaag.AddDays(20), "Leerkracht")], 10m, false, Ib, Nu.AddDays(1)));
        inzet.FaseStreefdatum.ShouldBe(Vandaag.AddDays(20));
        VoorDeExpert(inzet).ShouldBe([(ExpertinzetLevenscyclus.VolgendeFase, Rol.Expert)]);

        Gelukt(inzet.NaarFase(ExpertinzetStap.Evaluatie, Expert, Nu.AddDays(2)));
        inzet.FaseStreefdatum.ShouldBe(Vandaag.AddDays(2 + ExpertinzetLevenscyclus.AfsluitenBinnenDagen));
        VoorDeExpert(inzet).ShouldBe([("afsluiten", Rol.Expert)]);
        VoorDeSchool(inzet).ShouldBeEmpty();

        Gelukt(inzet.SluitAf(Inzetresultaat.TerugNaarNetwerk, null, null, null, Expert, Nu.AddDays(3)));
        inzet.FaseStreefdatum.ShouldBeNull();
        VoorDeExpert(inzet).ShouldBeEmpty();
    }
}
