using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Common;

public class CodelijstTests
{
    [Test]
    public void An_unknown_code_keeps_its_stable_machine_code_and_asks_for_a_choice_by_label_in_a_sentence()
    {
        var gelezen = SoortArrangementCodes.Lijst.Lees("onbekend", "soort", "soort");

        var fout = gelezen.Fouten.ShouldHaveSingleItem();
        fout.Code.ShouldBe("ongeldige-soort");
        fout.Veld.ShouldBe("soort");
        fout.Melding.ShouldBe(
            "Kies een soort arrangement uit de lijst: onderwijsarrangement, onderwijs-jeugdhulparrangement, inzet van een expert, " +
            "middelen, deeltijdplaatsing elders of arrangement cluster 1 en 2.");
    }

    [Test]
    public void A_known_code_is_read_as_its_value() =>
        SoortArrangementCodes.Lijst.Lees("inzet-expert", "soort", "soort").Waarde.ShouldBe(SoortArrangement.InzetExpert);

    [Test]
    public void A_label_keeps_its_capital_on_its_own_and_loses_it_inside_a_sentence_unless_it_is_an_abbreviation()
    {
        ArrangementStatusCodes.Lijst.Label(ArrangementStatus.InBehandeling).ShouldBe("In behandeling");
        ArrangementStatusCodes.Lijst.LabelInZin(ArrangementStatus.InBehandeling).ShouldBe("in behandeling");
        UitvoerderCodes.Soorten.LabelInZin(SoortUitvoerder.Oba).ShouldBe("een onderwijsbegeleidingsaanbieder (OBA)");
        var afkortingen = new Codelijst<Sector>("sector", new Dictionary<Sector, (string Code, string Label)>
        {
            [Sector.Po] = ("PO", "PO"),
            [Sector.Vo] = ("VO", "VO"),
        });
        afkortingen.LabelInZin(Sector.Po).ShouldBe("PO");
    }

    [Test]
    public void A_choice_from_part_of_the_list_names_only_those_labels()
    {
        RolCodes.Lijst.KiesUitDeLijst([Rol.PlatformBeheerder, Rol.RegisterBeheerder])
            .ShouldBe("Kies een rol uit de lijst: beheerder platform of beheerder landelijk register.");
        SectorCodes.Lijst.KiesUitDeLijst().ShouldBe("Kies een sector uit de lijst: primair onderwijs of voortgezet onderwijs.");
    }

    [Test]
    public void The_labels_are_keyed_by_code_in_the_order_of_the_enum()
    {
        AccountstatusCodes.Lijst.Labels.ShouldBe(new Dictionary<string, string>
        {
            ["wacht-op-activering"] = "Wacht op activering",
            ["actief"] = "Actief",
            ["gedeactiveerd"] = "Gedeactiveerd",
        });
        AccountstatusCodes.Lijst.Labels.Keys.ShouldBe(["wacht-op-activering", "actief", "gedeactiveerd"]);
    }

    [Test]
    public void A_list_without_labels_names_its_codes_and_cannot_make_a_sentence_of_its_own()
    {
        var lijst = new Codelijst<Sector>(new Dictionary<Sector, string> { [Sector.Po] = "PO", [Sector.Vo] = "VO" });

        lijst.Label(Sector.Vo).ShouldBe("VO");
        lijst.Labels.ShouldBeEmpty();
        lijst.Lees("XX", "sector", "sector").Fouten.ShouldHaveSingleItem().Melding.ShouldBe("Kies een sector uit de lijst: PO of VO.");
        Should.Throw<InvalidOperationException>(() => lijst.KiesUitDeLijst());
    }

    [Test]
    public void Every_member_needs_a_code_and_a_label()
    {
        Should.Throw<ArgumentException>(() => new Codelijst<Sector>("sector", new Dictionary<Sector, (string Code, string Label)>
        {
            [Sector.Po] = ("PO", "Primair onderwijs"),
        }));
        Should.Throw<ArgumentException>(() => new Codelijst<Sector>(" ", new Dictionary<Sector, (string Code, string Label)>
        {
            [Sector.Po] = ("PO", "Primair onderwijs"),
            [Sector.Vo] = ("VO", "Voortgezet onderwijs"),
        }));
    }
}
