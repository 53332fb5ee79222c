using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Platform;

/// <summary>
/// The platform step of a test's set-up: a samenwerkingsverband registered as the platform-beheerder would
/// (POST /samenwerkingsverbanden, tested in <see cref="SamenwerkingsverbandBeheerTests"/>), written straight to the
/// database so a test about something else need not sign in as the platform.
/// </summary>
internal static class Tenants
{
    /// <summary>Returns the new tenant's version, the ETag its beheerder sends with the first change.</summary>
    public static async Task<long> RegistreerAsync(string code = "PO2705", string naam = "SWV Test", ApiFabriek? fabriek = null)
    {
        await using var scope = (fabriek ?? TestOmgeving.Fabriek).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = Samenwerkingsverband.Registreer(code, naam).Waarde;
        db.Samenwerkingsverbanden.Add(swv);
        await db.SaveChangesAsync();
        return swv.Versie;
    }
}
