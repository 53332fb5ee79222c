using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// The keys that protect the sign-in cookie and the antiforgery tokens of the sign-in and activation pages. Behind a
/// load balancer the sign-in page can come from one instance and its form be posted to another, so every instance
/// must read what any other protected: the keys live in the shared key folder (beside the token-signing keys, backed
/// up apart from the database), under one application name.
/// </summary>
internal static class GedeeldeDataProtection
{
    public const string Applicatienaam = "PassendOnderwijs";

    public static IServiceCollection AddGedeeldeDataProtection(this IServiceCollection services, AuthOpties opties)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName(Applicatienaam);

        // Without a key folder ASP.NET keeps them in its default place (the user's profile, else memory): one instance
        // only, as the README says.
        if (opties.SleutelMap is not null)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(opties.SleutelMap, "dataprotection")));
        }

        return services;
    }
}
