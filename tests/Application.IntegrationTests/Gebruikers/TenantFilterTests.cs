using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
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
        var school = School.Registreer(swv, bestuur, VestigingCode.Parse("12AB00").Waarde, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde;
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

    /// <summary>
    /// A deskundige belongs to one SWV but is not one of the roles that see its pupils: the filter fails closed, so
    /// until a TLV they advise on shows them a pupil they see no pupil and no arrangement, even if an access rule let
    /// them through by mistake.
    /// </summary>
    [Test]
    public async Task A_deskundige_sees_no_pupil_and_no_arrangement()
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = Samenwerkingsverband.Registreer("PO2705", "Passend Primair").Waarde;
        var bestuur = Schoolbestuur.Registreer(swv.Code, "41234", "Stichting Primair").Waarde;
        var school = School.Registreer(swv, bestuur, VestigingCode.Parse("12AB00").Waarde, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde;
        var leerling = Leerling.Registreer(school, "Sam", "Jansen", new DateOnly(2018, 3, 1), "3", new DateOnly(2026, 11, 24)).Waarde;
        var aanvraag = new Aanvraag(
            SoortArrangement.Onderwijsarrangement,
            IvoVelden.Van("Verlengde instructie", null, null, null, null, "inhoud").Waarde,
            ["Leest op AVI-niveau E4"],
            new DateOnly(2026, 12, 1),
            new DateOnly(2027, 7, 31),
            40m,
            2500m,
            new Uitvoerder(SoortUitvoerder.School, "De Regenboog", null, null),
            Bekostiger.Swv,
            "De basisondersteuning is niet genoeg.");
        var arrangement = Arrangement.VraagAan(
            leerling, aanvraag, Arrangementtermijnen.Standaard, new Actor("ib-1", "Ilse"), new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)).Waarde;
        db.AddRange(swv, bestuur, school, leerling, arrangement);
        await db.SaveChangesAsync();

        var aanroeper = Scope.GetRequiredService<TestAanroeper>();
        aanroeper.Soort = SoortAanroeper.Gebruiker;
        aanroeper.Id = Guid.CreateVersion7().ToString();
        aanroeper.Samenwerkingsverband = "PO2705";
        aanroeper.Rollen = [Rol.SwvMedewerker.Code()];
        var medewerker = Scope.GetRequiredService<IApplicationDbContext>();
        ((await medewerker.Leerlingen.CountAsync()), (await medewerker.Arrangementen.CountAsync())).ShouldBe((1, 1), "the data is there for staff");

        await using var deskundigeScope = TestOmgeving.Services.CreateAsyncScope();
        var deskundige = deskundigeScope.ServiceProvider.GetRequiredService<TestAanroeper>();
        deskundige.Soort = SoortAanroeper.Gebruiker;
        deskundige.Id = Guid.CreateVersion7().ToString();
        deskundige.Samenwerkingsverband = "PO2705";
        deskundige.Rollen = [Rol.Deskundige.Code()];
        var gezien = deskundigeScope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        (await gezien.Leerlingen.CountAsync()).ShouldBe(0);
        (await gezien.Arrangementen.CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task A_caller_without_a_samenwerkingsverband_sees_no_tenant_data() =>
        (await Scope.GetRequiredService<IApplicationDbContext>().Gebruikers.CountAsync()).ShouldBe(0);
}
