using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.IntegrationTests.Expertises;

public class PubliceerExpertiseWaardelijstTests : IntegratieTest
{
    [SetUp]
    public void AlsPlatformbeheerder()
    {
        var aanroeper = Scope.GetRequiredService<TestAanroeper>();
        aanroeper.Soort = SoortAanroeper.Gebruiker;
        aanroeper.Id = "platform-1";
        aanroeper.Naam = "Pat Platform";
        aanroeper.Rollen = ["platform-beheerder"];
    }

    [Test]
    public async Task Publishes_a_version_with_its_expertises()
    {
        var uitkomst = await Sender.Send(Command("2026-2027", "EPILEPSIE", "DOOFHEID"));

        uitkomst.Waarde.ShouldSatisfyAllConditions(
            w => w.Nieuw.ShouldBeTrue(),
            w => w.GeldigVanaf.ShouldBe("2026-2027"),
            w => w.AantalExpertises.ShouldBe(2));
        var opgeslagen = await LeesAsync(db => db.ExpertiseWaardelijsten.SingleAsync());
        opgeslagen.Id.Waarde.ShouldBe(uitkomst.Waarde.Id);
        opgeslagen.Expertises.Select(e => e.Code.Waarde).ShouldBe(["DOOFHEID", "EPILEPSIE"]);
    }

    [Test]
    public async Task Publishing_the_same_version_again_changes_nothing()
    {
        var eerste = await Sender.Send(Command("2026-2027", "EPILEPSIE"));

        var tweede = await Sender.Send(Command("2026-2027", "EPILEPSIE"));

        tweede.Waarde.Nieuw.ShouldBeFalse();
        tweede.Waarde.Id.ShouldBe(eerste.Waarde.Id);
        (await LeesAsync(db => db.ExpertiseWaardelijsten.CountAsync())).ShouldBe(1);
    }

    [Test]
    public async Task Other_content_for_a_published_leerjaar_is_a_conflict_and_stores_nothing()
    {
        await Sender.Send(Command("2026-2027", "EPILEPSIE"));

        var uitkomst = await Sender.Send(Command("2026-2027", "EPILEPSIE", "DOOFHEID"));

        uitkomst.Soort.ShouldBe(FoutSoort.Conflict);
        (await LeesAsync(db => db.ExpertiseWaardelijsten.SelectMany(w => w.Expertises).CountAsync())).ShouldBe(1);
    }

    [Test]
    public async Task Invalid_input_is_reported_field_by_field_before_anything_is_stored()
    {
        var uitkomst = await Sender.Send(new PubliceerExpertiseWaardelijstCommand(new WaardelijstVerzoek("2026", "RIO", Expertises: null).Lees()));

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.Select(f => (f.Code, f.Veld)).ShouldBe(
        [
            ("ongeldig-leerjaar", "geldigVanaf"),
            ("lege-waardelijst", "expertises"),
        ]);
        (await LeesAsync(db => db.ExpertiseWaardelijsten.AnyAsync())).ShouldBeFalse();
    }

    [Test]
    public async Task A_publication_is_in_the_platform_audit_log_and_only_the_platform_beheerder_may_publish()
    {
        (await Sender.Send(Command("2026-2027", "EPILEPSIE"))).IsGelukt.ShouldBeTrue();

        var regel = await LeesAsync(db => db.AuditRegels.IgnoreQueryFilters().SingleAsync());
        regel.ShouldSatisfyAllConditions(
            r => r.ResourceSoort.ShouldBe("expertise-waardelijst"),
            r => r.ResourceId.ShouldBe("2026-2027"),
            r => r.Actor.ShouldBe("platform-1"),
            r => r.Samenwerkingsverband.ShouldBeNull());

        var aanroeper = Scope.GetRequiredService<TestAanroeper>();
        aanroeper.Rollen = ["swv-beheerder"];
        aanroeper.Samenwerkingsverband = "PO2705";
        (await Sender.Send(Command("2027-2028", "EPILEPSIE"))).Soort.ShouldBe(FoutSoort.Verboden);
    }

    private static PubliceerExpertiseWaardelijstCommand Command(string leerjaar, params string[] codes) =>
        new(new WaardelijstVerzoek(leerjaar, "RIO waardelijst (test)", codes.Select(c => new WaardelijstRegel(c, "Omschrijving " + c)).ToList()).Lees());
}
