using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;
using static PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen.TlvMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen;

/// <summary>A request is complete only when every required part is there; soort, categorie and school must fit.</summary>
public class TlvAanvraagTests
{
    [Test]
    public void A_complete_request_is_aangevraagd_with_the_pupil_and_school_as_they_were()
    {
        var tlv = Aangevraagd();

        tlv.Status.ShouldBe(TlvStatus.Aangevraagd);
        tlv.LeerlingNaam.ShouldBe("Sam Jansen");
        tlv.Vestiging.ShouldBe(AanvragendeVestiging);
        tlv.AanvragendBestuurId.ShouldBe(AanvragendBestuur);
        tlv.BeoogdeSchool.Vestiging.Waarde.ShouldBe("14XY00");
        tlv.Behandeldeadline.ShouldBe(new DateOnly(2027, 4, 13));
        tlv.DomainEvents.Single().ShouldBeOfType<TlvAangevraagd>();
        tlv.Gebeurtenissen.Single().Actie.ShouldBe(TlvGebeurtenis.Aangevraagd);
    }

    [Test]
    public void An_incomplete_request_lists_every_missing_part()
    {
        var leeg = GeldigeAanvraag() with
        {
            Onderwijsbehoeften = IvoVelden.Leeg,
            Basisondersteuning = " ",
            ExtraOndersteuning = null,
            VisieOuders = null,
            VisieLeerling = "",
        };

        var uitkomst = Toelaatbaarheidsverklaring.VraagAan(Leerling(), leeg, Standaardbeleid.Arrangementtermijnen, Ib, Nu);

        uitkomst.Fouten.Select(f => f.Code).ShouldBe(
            ["onderwijsbehoeften-vereist", "basisondersteuning-vereist", "extra-ondersteuning-vereist", "visie-ouders-vereist", "visie-leerling-vereist"],
            ignoreOrder: true);
    }

    [TestCase(SoortToelaatbaarheid.So, Bekostigingscategorie.NietVanToepassing, "categorie-vereist")]
    [TestCase(SoortToelaatbaarheid.Vso, Bekostigingscategorie.NietVanToepassing, "categorie-vereist")]
    [TestCase(SoortToelaatbaarheid.Sbo, Bekostigingscategorie.Hoog, "categorie-niet-van-toepassing")]
    public void Soort_and_categorie_must_fit(SoortToelaatbaarheid soort, Bekostigingscategorie categorie, string code)
    {
        var school = GeldigeAanvraag().BeoogdeSchool with { Soort = soort.School() };
        var aanvraag = GeldigeAanvraag() with { Soort = soort, Categorie = categorie, BeoogdeSchool = school };

        Toelaatbaarheidsverklaring.Controleer(aanvraag, Sector.Po).Select(f => f.Code).ShouldBe([code]);
    }

    [Test]
    public void The_beoogde_school_must_be_of_the_requested_soort()
    {
        var aanvraag = GeldigeAanvraag() with { BeoogdeSchool = GeldigeAanvraag().BeoogdeSchool with { Soort = SoortSchool.Sbo } };

        var fout = Toelaatbaarheidsverklaring.Controleer(aanvraag, Sector.Po).ShouldHaveSingleItem();

        fout.Code.ShouldBe("beoogde-school-past-niet");
        fout.Melding.ShouldBe("Kies een school voor speciaal onderwijs (SO); SO De Brug is speciaal basisonderwijs.");
    }

    [Test]
    public void Praktijkonderwijs_only_in_a_VO_samenwerkingsverband()
    {
        var pro = GeldigeAanvraag() with
        {
            Soort = SoortToelaatbaarheid.Pro,
            Categorie = Bekostigingscategorie.NietVanToepassing,
            BeoogdeSchool = GeldigeAanvraag().BeoogdeSchool with { Soort = SoortSchool.Pro },
        };

        Toelaatbaarheidsverklaring.Controleer(pro, Sector.Po).Select(f => f.Code).ShouldBe(["pro-alleen-vo"]);
        Toelaatbaarheidsverklaring.Controleer(pro, Sector.Vo).ShouldBeEmpty();
    }

    [Test]
    public void The_period_may_not_run_backwards()
    {
        var aanvraag = GeldigeAanvraag() with { Einddatum = Ingang.AddDays(-1) };

        Toelaatbaarheidsverklaring.Controleer(aanvraag, Sector.Po).Select(f => $"{f.Veld}: {f.Code}").ShouldBe(["einddatum: omgekeerde-periode"]);
    }

    [Test]
    public void Withdrawing_needs_a_reason_and_ends_the_request()
    {
        var tlv = MetAdviseurs();

        tlv.TrekIn(" ", Ib, Nu.AddDays(1)).Codes().ShouldBe("reden: reden-vereist");
        tlv.Status.ShouldBe(TlvStatus.InAdvisering);

        tlv.TrekIn("De ouders kiezen voor een andere school.", Ib, Nu.AddDays(1)).IsGelukt.ShouldBeTrue();
        tlv.Status.ShouldBe(TlvStatus.Ingetrokken);
        tlv.RedenIntrekking.ShouldBe("De ouders kiezen voor een andere school.");
    }
}
