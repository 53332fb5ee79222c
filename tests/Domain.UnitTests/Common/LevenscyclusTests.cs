using System.Linq.Expressions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.UnitTests.Common;

/// <summary>The workflow kit on a small workflow of its own: a table must be whole, and it decides what may happen.</summary>
public class LevenscyclusTests
{
    private enum Staat
    {
        Open,
        Dicht,
    }

    private enum Handeling
    {
        Sluit,
        Noteer,
    }

    private sealed class Dossier
    {
        public Staat Staat { get; init; }

        public bool Vergrendeld { get; init; }
    }

    private sealed record DossierGebeurtenis(string Actie, DateTimeOffset Op) : IDomainEvent;

    private static readonly Codelijst<Staat> Staten = new(
        "staat", new Dictionary<Staat, (string Code, string Label)> { [Staat.Open] = ("open", "Lopend"), [Staat.Dicht] = ("dicht", "Afgesloten") });

    private static readonly Codelijst<Handeling> Handelingen = new(new Dictionary<Handeling, string> { [Handeling.Sluit] = "sluit", [Handeling.Noteer] = "noteer" });

    private static Stap<Dossier, Staat, Handeling> Sluit => new()
    {
        Code = Handeling.Sluit,
        Omschrijving = "sluiten",
        Betekenis = "Het dossier sluiten.",
        Van = [Staat.Open],
        Voorwaarde = new(d => !d.Vergrendeld, Fout.Conflict("vergrendeld", "Het dossier is vergrendeld.")),
        Rollen = [Rol.SwvMedewerker],
        Naar = Staat.Dicht,
        Gebeurtenis = "gesloten",
        Meldt = (_, op) => new DossierGebeurtenis("gesloten", op),
    };

    private static Stap<Dossier, Staat, Handeling> Noteer => new()
    {
        Code = Handeling.Noteer,
        Omschrijving = "een notitie maken",
        Betekenis = "Een notitie bij het dossier maken.",
        Van = [Staat.Open, Staat.Dicht],
        Rollen = [Rol.SchoolMedewerker],
        Scopes = ["dossier.schrijven"],
        Gebeurtenis = "genoteerd",
        Meldt = (_, op) => new DossierGebeurtenis("genoteerd", op),
    };

    private static Levenscyclus<Dossier, Staat, Handeling> Tabel(params Stap<Dossier, Staat, Handeling>[] stappen) =>
        new("Een dossier", d => d.Staat, Staten, Handelingen, stappen);

    [Test]
    public void A_table_without_a_row_for_every_step_or_with_a_step_twice_is_refused()
    {
        Should.Throw<ArgumentException>(() => Tabel(Sluit));
        Should.Throw<ArgumentException>(() => Tabel(Sluit, Sluit));
        Should.Throw<ArgumentException>(() => Tabel(Sluit, Noteer, Noteer));
    }

    [Test]
    public void A_step_from_a_status_it_does_not_start_from_is_an_invalid_transition_that_names_both()
    {
        var fout = Tabel(Sluit, Noteer).Weiger(new Dossier { Staat = Staat.Dicht }, Handeling.Sluit);

        fout.ShouldNotBeNull();
        fout.Code.ShouldBe("ongeldige-overgang");
        fout.Soort.ShouldBe(FoutSoort.Conflict);
        fout.Melding.ShouldBe("Een dossier met de status 'afgesloten' kunt u niet sluiten; dat kan alleen bij de status 'lopend'.");
    }

    [Test]
    public void An_unmet_condition_gives_the_rows_own_problem()
    {
        var tabel = Tabel(Sluit, Noteer);

        tabel.Weiger(new Dossier { Staat = Staat.Open, Vergrendeld = true }, Handeling.Sluit)!.Code.ShouldBe("vergrendeld");
        tabel.Weiger(new Dossier { Staat = Staat.Open }, Handeling.Sluit).ShouldBeNull();
    }

    [Test]
    public void The_allowed_steps_follow_status_condition_role_and_scope_in_table_order()
    {
        var tabel = Tabel(Sluit, Noteer);
        var open = new Dossier { Staat = Staat.Open };

        tabel.ToegestaneStappen(open, [Rol.SwvMedewerker, Rol.SchoolMedewerker], []).ShouldBe([Handeling.Sluit, Handeling.Noteer]);
        tabel.ToegestaneStappen(open, [Rol.Expert], []).ShouldBeEmpty();
        tabel.ToegestaneStappen(open, [], ["dossier.schrijven"]).ShouldBe([Handeling.Noteer]);
        tabel.ToegestaneStappen(new Dossier { Staat = Staat.Open, Vergrendeld = true }, [Rol.SwvMedewerker], []).ShouldBeEmpty();
        tabel.ToegestaneStappen(new Dossier { Staat = Staat.Dicht }, [Rol.SwvMedewerker, Rol.SchoolMedewerker], []).ShouldBe([Handeling.Noteer]);
    }

    [Test]
    public void A_steps_condition_as_one_expression_holds_exactly_when_the_step_can_be_taken()
    {
        var kan = Sluit.Kan(d => d.Staat).Compile();

        kan(new Dossier { Staat = Staat.Open }).ShouldBeTrue();
        kan(new Dossier { Staat = Staat.Open, Vergrendeld = true }).ShouldBeFalse();
        kan(new Dossier { Staat = Staat.Dicht }).ShouldBeFalse();
    }

    [Test]
    public void A_step_from_several_statuses_holds_for_each_of_them()
    {
        var kan = Noteer.Kan(d => d.Staat).Compile();

        kan(new Dossier { Staat = Staat.Open }).ShouldBeTrue();
        kan(new Dossier { Staat = Staat.Dicht }).ShouldBeTrue();
    }

    [Test]
    public void A_step_from_one_status_tests_it_as_an_equality_so_an_index_on_status_and_deadline_reads_in_order()
    {
        var kan = (Sluit with { Voorwaarde = null }).Kan(d => d.Staat);

        kan.Body.NodeType.ShouldBe(ExpressionType.Equal);
        kan.Compile()(new Dossier { Staat = Staat.Open }).ShouldBeTrue();
        kan.Compile()(new Dossier { Staat = Staat.Dicht }).ShouldBeFalse();
    }

    [Test]
    public void A_werkvoorraad_line_for_a_role_that_may_not_take_its_step_is_refused() =>
        Should.Throw<ArgumentException>(() => Tabel(
            Sluit with { Werkvoorraad = new("sluiten", _ => "Sluit het dossier", _ => new DateOnly(2027, 1, 1), Voor: [Rol.Expert]) },
            Noteer));

    [Test]
    public void A_werkvoorraad_line_is_one_filter_per_role_that_must_act_and_the_caller_has()
    {
        var regel = new Werkvoorraadregel<Dossier>(
            "sluiten", _ => "Sluit het dossier", _ => new DateOnly(2027, 1, 1),
            Betrokken: (rol, _) => rol == Rol.SchoolMedewerker ? d => !d.Vergrendeld : null);
        var tabel = Tabel(Sluit with { Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Voorwaarde = null, Werkvoorraad = regel }, Noteer);
        var vergrendeld = new Dossier { Staat = Staat.Open, Vergrendeld = true };

        var lijnen = tabel.Werkvoorraad([Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert], new DateOnly(2027, 1, 1)).ToList();

        lijnen.Select(l => l.Voor).ShouldBe([Rol.SwvMedewerker, Rol.SchoolMedewerker]);
        lijnen.Where(l => l.Filter.Compile()(vergrendeld)).Select(l => l.Voor).ShouldBe([Rol.SwvMedewerker]);
        tabel.Werkvoorraad([Rol.Expert], new DateOnly(2027, 1, 1)).ShouldBeEmpty();
    }

    [Test]
    public void A_werkvoorraad_line_of_a_step_for_a_functie_waits_only_for_the_medewerker_who_holds_it()
    {
        var horizon = new DateOnly(2027, 1, 1);
        var regel = new Werkvoorraadregel<Dossier>("sluiten", _ => "Sluit het dossier", _ => horizon);
        var tabel = Tabel(Sluit with { Rollen = [], Functies = [Functie.Beleidsmedewerker], Werkvoorraad = regel }, Noteer);

        var lijn = tabel.Werkvoorraad([Rol.SwvMedewerker], horizon, functies: [Functie.Beleidsmedewerker]).ShouldHaveSingleItem();
        lijn.Voor.ShouldBe(Rol.SwvMedewerker);
        lijn.Filter.Compile()(new Dossier { Staat = Staat.Open }).ShouldBeTrue();
        tabel.Werkvoorraad([Rol.SwvMedewerker], horizon).ShouldBeEmpty();
        tabel.Werkvoorraad([Rol.SwvMedewerker], horizon, functies: [Functie.ManagerOndersteuning]).ShouldBeEmpty();
        tabel.Werkvoorraad([Rol.SchoolMedewerker], horizon, functies: [Functie.Beleidsmedewerker]).ShouldBeEmpty();
    }
}
