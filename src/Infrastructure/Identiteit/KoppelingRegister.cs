using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Koppelingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// Koppelingen are OpenIddict applications with the client credentials grant and a "swv" property. Every lookup
/// goes through <see cref="VanTenantAsync"/>: an application of another samenwerkingsverband is "not found".
/// </summary>
internal sealed class KoppelingRegister(
    IOpenIddictApplicationManager applicaties,
    IOpenIddictTokenManager tokens,
    TokenStatusCache statussen,
    IHuidigeGebruiker aanroeper) : IKoppelingRegister
{
    private const string GeheimAuthenticatie = "client_secret_basic";
    private const string SleutelAuthenticatie = "private_key_jwt";

    public async Task<IReadOnlyList<KoppelingDto>> LijstAsync(CancellationToken ct)
    {
        var lijst = new List<KoppelingDto>();
        await foreach (var applicatie in applicaties.ListAsync(count: null, offset: null, ct).ConfigureAwait(false))
        {
            if (await NaarDtoAsync(applicatie, ct).ConfigureAwait(false) is { } koppeling)
            {
                lijst.Add(koppeling);
            }
        }

        return lijst.OrderBy(k => k.Naam, StringComparer.CurrentCulture).ToList();
    }

    public async Task<KoppelingDto?> ZoekAsync(string clientId, CancellationToken ct) =>
        await VanTenantAsync(clientId, ct).ConfigureAwait(false) is { } applicatie
            ? await NaarDtoAsync(applicatie, ct).ConfigureAwait(false)
            : null;

    public async Task<Result<NieuweKoppelingDto>> RegistreerAsync(
        string naam, IReadOnlyList<string> scopes, string? publiekeSleutels, IReadOnlyList<string> vestigingen, CancellationToken ct)
    {
        var swv = aanroeper.Samenwerkingsverband
            ?? throw new InvalidOperationException("Registering a koppeling needs a caller with a samenwerkingsverband.");
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = "k-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
            ClientType = ClientTypes.Confidential,
            DisplayName = naam,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[PoClaims.Samenwerkingsverband] = JsonSerializer.SerializeToElement(swv);
        descriptor.Properties[PoClaims.Vestigingen] = JsonSerializer.SerializeToElement(vestigingen);
        string? geheim = null;
        if (publiekeSleutels is null)
        {
            geheim = NieuwGeheim();
            descriptor.ClientSecret = geheim;
        }
        else if (LeesSleutels(publiekeSleutels) is { } sleutels)
        {
            descriptor.JsonWebKeySet = sleutels;
        }
        else
        {
            return Fout.Ongeldig(
                "ongeldige-sleutels",
                "De publieke sleutels zijn een JSON Web Key Set (JWKS) met minstens één publieke RSA- of EC-sleutel en zonder privé-sleuteldelen.",
                "publiekeSleutels");
        }

        await applicaties.CreateAsync(descriptor, ct).ConfigureAwait(false);
        var koppeling = new KoppelingDto
        {
            ClientId = descriptor.ClientId,
            Naam = naam,
            Samenwerkingsverband = swv,
            Scopes = scopes,
            Vestigingen = vestigingen,
            Authenticatie = geheim is null ? SleutelAuthenticatie : GeheimAuthenticatie,
        };
        return new NieuweKoppelingDto { Koppeling = koppeling, ClientSecret = geheim };
    }

    public async Task<Result<string>> VernieuwGeheimAsync(string clientId, CancellationToken ct)
    {
        if (await VanTenantAsync(clientId, ct).ConfigureAwait(false) is not { } applicatie)
        {
            return KoppelingFouten.Onbekend(clientId);
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applicaties.PopulateAsync(descriptor, applicatie, ct).ConfigureAwait(false);
        var geheim = NieuwGeheim();
        descriptor.ClientSecret = geheim;
        return await AlsEnigeAsync(clientId, async () =>
        {
            await applicaties.UpdateAsync(applicatie, descriptor, ct).ConfigureAwait(false);
            await TrekTokensInAsync(applicatie, ct).ConfigureAwait(false);
            return geheim;
        }).ConfigureAwait(false);
    }

    public async Task<Result<KoppelingDto>> WijzigAsync(
        string clientId, string naam, IReadOnlyList<string> scopes, IReadOnlyList<string> vestigingen, CancellationToken ct)
    {
        if (await VanTenantAsync(clientId, ct).ConfigureAwait(false) is not { } applicatie)
        {
            return KoppelingFouten.Onbekend(clientId);
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applicaties.PopulateAsync(descriptor, applicatie, ct).ConfigureAwait(false);
        descriptor.DisplayName = naam;
        descriptor.Permissions.RemoveWhere(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal));
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[PoClaims.Vestigingen] = JsonSerializer.SerializeToElement(vestigingen);
        var gewijzigd = await AlsEnigeAsync(clientId, async () =>
        {
            await applicaties.UpdateAsync(applicatie, descriptor, ct).ConfigureAwait(false);
            // Tokens carry the scopes and vestigingen they were issued with: narrower rights must hold now, not in 30 minutes.
            await TrekTokensInAsync(applicatie, ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return gewijzigd.Lukt(out _)
            ? (await NaarDtoAsync(applicatie, ct).ConfigureAwait(false))!
            : Result<KoppelingDto>.Mislukt(gewijzigd.Fouten);
    }

    public async Task<Result<bool>> TrekInAsync(string clientId, CancellationToken ct)
    {
        if (await VanTenantAsync(clientId, ct).ConfigureAwait(false) is not { } applicatie)
        {
            return KoppelingFouten.Onbekend(clientId);
        }

        return await AlsEnigeAsync(clientId, async () =>
        {
            await TrekTokensInAsync(applicatie, ct).ConfigureAwait(false);
            await applicaties.DeleteAsync(applicatie, ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// OpenIddict checks the application's concurrency token on every update and delete. When someone else changed the
    /// koppeling since it was read, that is an expected outcome (the command's transaction rolls back), not a bug.
    /// </summary>
    private static async Task<Result<T>> AlsEnigeAsync<T>(string clientId, Func<Task<T>> wijziging)
    {
        try
        {
            return await wijziging().ConfigureAwait(false);
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            return KoppelingFouten.GelijktijdigGewijzigd(clientId);
        }
    }

    private async Task TrekTokensInAsync(object applicatie, CancellationToken ct)
    {
        var id = await applicaties.GetIdAsync(applicatie, ct).ConfigureAwait(false);
        statussen.TrekIn(applicatie: id);
        await tokens.RevokeByApplicationIdAsync(id!, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> AlleKoppelingenPerSamenwerkingsverbandAsync(CancellationToken ct)
    {
        // One list of the applications (the SPA client and koppelingen); their properties are read in memory.
        var perSwv = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var applicatie in applicaties.ListAsync(count: null, offset: null, ct).ConfigureAwait(false))
        {
            var permissies = await applicaties.GetPermissionsAsync(applicatie, ct).ConfigureAwait(false);
            if (await SwvVanAsync(applicatie, ct).ConfigureAwait(false) is { } swv && permissies.Contains(Permissions.GrantTypes.ClientCredentials)
                && await applicaties.GetClientIdAsync(applicatie, ct).ConfigureAwait(false) is { } clientId)
            {
                (perSwv.TryGetValue(swv, out var lijst) ? lijst : perSwv[swv] = []).Add(clientId);
            }
        }

        return perSwv.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The application, if it is a koppeling of the caller's own samenwerkingsverband.</summary>
    private async Task<object?> VanTenantAsync(string clientId, CancellationToken ct)
    {
        var applicatie = await applicaties.FindByClientIdAsync(clientId, ct).ConfigureAwait(false);
        return applicatie is not null && await SwvVanAsync(applicatie, ct).ConfigureAwait(false) is { } swv
            && swv == aanroeper.Samenwerkingsverband
            ? applicatie
            : null;
    }

    private async Task<string?> SwvVanAsync(object applicatie, CancellationToken ct)
    {
        var eigenschappen = await applicaties.GetPropertiesAsync(applicatie, ct).ConfigureAwait(false);
        return eigenschappen.TryGetValue(PoClaims.Samenwerkingsverband, out var swv) && swv.ValueKind == JsonValueKind.String
            ? swv.GetString()
            : null;
    }

    private async Task<KoppelingDto?> NaarDtoAsync(object applicatie, CancellationToken ct)
    {
        var swv = await SwvVanAsync(applicatie, ct).ConfigureAwait(false);
        var permissies = await applicaties.GetPermissionsAsync(applicatie, ct).ConfigureAwait(false);
        if (swv is null || swv != aanroeper.Samenwerkingsverband || !permissies.Contains(Permissions.GrantTypes.ClientCredentials))
        {
            return null;
        }

        var sleutels = await applicaties.GetJsonWebKeySetAsync(applicatie, ct).ConfigureAwait(false);
        return new KoppelingDto
        {
            ClientId = (await applicaties.GetClientIdAsync(applicatie, ct).ConfigureAwait(false))!,
            Naam = await applicaties.GetDisplayNameAsync(applicatie, ct).ConfigureAwait(false) ?? string.Empty,
            Samenwerkingsverband = swv,
            Scopes = Scopes(permissies),
            Vestigingen = PoClaims.LeesVestigingen(await applicaties.GetPropertiesAsync(applicatie, ct).ConfigureAwait(false)),
            Authenticatie = sleutels is { Keys.Count: > 0 } ? SleutelAuthenticatie : GeheimAuthenticatie,
        };
    }

    private static List<string> Scopes(ImmutableArray<string> permissies) =>
        permissies.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>256 random bits, URL-safe: long enough that guessing is hopeless, short enough to paste.</summary>
    private static string NieuwGeheim() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static JsonWebKeySet? LeesSleutels(string json)
    {
        try
        {
            var set = new JsonWebKeySet(json);
            var geldig = set.Keys.Count > 0 && set.Keys.All(k =>
                (k.Kty is "RSA" && !string.IsNullOrEmpty(k.N) && !string.IsNullOrEmpty(k.E) && string.IsNullOrEmpty(k.D))
                || (k.Kty is "EC" && !string.IsNullOrEmpty(k.X) && !string.IsNullOrEmpty(k.Y) && string.IsNullOrEmpty(k.D)));
            return geldig ? set : null;
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            return null;
        }
    }
}
