using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Gebruikers;
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

    [Test]
    public async Task A_caller_without_a_samenwerkingsverband_sees_no_tenant_data() =>
        (await Scope.GetRequiredService<IApplicationDbContext>().Gebruikers.CountAsync()).ShouldBe(0);
}
