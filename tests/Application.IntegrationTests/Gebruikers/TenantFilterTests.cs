using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Application.IntegrationTests.Gebruikers;

/// <summary>Tenant data is filtered by the caller's samenwerkingsverband in the DbContext itself, for every query.</summary>
public class TenantFilterTests : IntegratieTest
{
    [SetUp]
    public async Task RegistreerInTweeSwvsAsync()
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        db.Gebruikers.Add(Gebruiker.Registreer("a@po.nl", "A", Rol.SwvMedewerker, "PO2705", [], "h").Waarde);
        db.Gebruikers.Add(Gebruiker.Registreer("b@vo.nl", "B", Rol.SwvMedewerker, "VO2301", [], "h").Waarde);
        await db.SaveChangesAsync();
    }

    [TestCase("PO2705", "a@po.nl")]
    [TestCase("VO2301", "b@vo.nl")]
    public async Task A_caller_sees_only_the_users_of_their_own_samenwerkingsverband(string swv, string zichtbaar)
    {
        var aanroeper = Scope.GetRequiredService<TestAanroeper>();
        aanroeper.Soort = SoortAanroeper.Gebruiker;
        aanroeper.Id = "x";
        aanroeper.Samenwerkingsverband = swv;

        var emails = await Scope.GetRequiredService<IApplicationDbContext>().Gebruikers.Select(g => g.Email.Waarde).ToListAsync();

        emails.ShouldBe([zichtbaar]);
    }

    /// <summary>
    /// The pupil filter fails closed: only roles that work with the whole SWV see all its pupils. The
    /// register-beheerder is national and has no vestigingen, so even in its account's SWV it sees no pupil, should
    /// an access rule ever let it through.
    /// </summary>
    [TestCase(Rol.SwvMedewerker, 1)]
    [TestCase(Rol.RegisterBeheerder, 0)]

    // An expert works across the SWV but sees a pupil only while involved (need to know), and is involved with none here.
    [TestCase(Rol.Expert, 0)]
    public async Task Only_roles_that_work_with_the_whole_swv_see_its_pupils(Rol rol, int zichtbaar)
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = Samenwerkingsverband.Registreer("PO2705", "Passend Primair").Waarde;
        var bestuur = Schoolbestuur.Registreer(swv.Code, "41234", "Stichting Primair").Waarde;
        var school = School.Registreer(swv, bestuur, VestigingCode.Parse("12AB00").Waarde, "De Regenboog", SoortSchool.Bao, null, null).Waarde;
        db.AddRange(swv, bestuur, school);
        db.Leerlingen.Add(Leerling.Registreer(school, "Sam", "Jansen", new DateOnly(2018, 3, 1), "3", new DateOnly(2026, 11, 24)).Waarde);
        await db.SaveChangesAsync();

        var aanroeper = Scope.GetRequiredService<TestAanroeper>();
        aanroeper.Soort = SoortAanroeper.Gebruiker;
        aanroeper.Id = "x";
        aanroeper.Samenwerkingsverband = "PO2705";
        aanroeper.Rollen = [rol.Code()];

        (await Scope.GetRequiredService<IApplicationDbContext>().Leerlingen.CountAsync()).ShouldBe(zichtbaar);
    }

    [Test]
    public async Task A_caller_without_a_samenwerkingsverband_sees_no_tenant_data() =>
        (await Scope.GetRequiredService<IApplicationDbContext>().Gebruikers.CountAsync()).ShouldBe(0);
}
