using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Demo;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>The demo loads a register-beheerder and aanbieders with their owners (some national).</summary>
public class DemoEigenaarTests : ApiTest
{
    private static readonly IConfiguration DemoAan =
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Aan"] = "true" }).Build();

    [Test]
    public async Task Demo_aanbieders_have_their_demo_owner()
    {
        await DemoGegevens.LaadAsync(TestOmgeving.Fabriek.Services, DemoAan, CancellationToken.None);
        (await EigenarenAsync()).ShouldBe(Verwacht);
        (await LeesAsync(db => db.Gebruikers.IgnoreQueryFilters().CountAsync(g => g.Rol == Rol.RegisterBeheerder))).ShouldBe(1);
    }

    private static readonly string[] Verwacht =
    [
        "101A001:landelijk", "101A002:PO2705", "101A003:PO2301", "101A004:PO2705", "101A005:PO2001", "101A006:landelijk",
        "101A007:PO2810", "202B001:PO2705", "202B002:PO2801", "202B003:landelijk", "202B004:PO2705", "202B005:landelijk",
        "202B006:PO2101", "202B007:PO3001", "202B008:landelijk",
    ];

    private static async Task<List<string>> EigenarenAsync() =>
        (await LeesAsync(db => db.Onderwijsbegeleidingsaanbieders.AsNoTracking().ToListAsync()))
            .OrderBy(o => o.Code.Waarde, StringComparer.Ordinal)
            .Select(o => $"{o.Code.Waarde}:{o.Eigenaar?.Waarde ?? "landelijk"}")
            .ToList();

    private static async Task<T> LeesAsync<T>(Func<PassendOnderwijsDbContext, Task<T>> lees)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        return await lees(scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>());
    }
}
