using PassendOnderwijs.Application.Koppelingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>
/// The machine clients (koppelingen) of the authorization server. Scoped to the caller's samenwerkingsverband in the
/// implementation itself: a koppeling of another SWV does not exist for this register.
/// </summary>
public interface IKoppelingRegister
{
    Task<IReadOnlyList<KoppelingDto>> LijstAsync(CancellationToken ct);

    Task<KoppelingDto?> ZoekAsync(string clientId, CancellationToken ct);

    /// <summary>Registers a client with either a generated secret (returned once) or public keys for private_key_jwt.</summary>
    Task<Result<NieuweKoppelingDto>> RegistreerAsync(
        string naam, IReadOnlyList<string> scopes, string? publiekeSleutels, IReadOnlyList<string> vestigingen, CancellationToken ct);

    /// <summary>
    /// Replaces the name, scopes and vestigingen and revokes every token issued so far (they carry the old rights); not
    /// found, or a conflict when changed at the same moment.
    /// </summary>
    Task<Result<KoppelingDto>> WijzigAsync(
        string clientId, string naam, IReadOnlyList<string> scopes, IReadOnlyList<string> vestigingen, CancellationToken ct);

    /// <summary>Replaces the secret and revokes every token issued so far; not found, or a conflict when changed at the same moment.</summary>
    Task<Result<string>> VernieuwGeheimAsync(string clientId, CancellationToken ct);

    /// <summary>Removes the client and revokes its tokens; not found, or a conflict when changed at the same moment.</summary>
    Task<Result<bool>> TrekInAsync(string clientId, CancellationToken ct);

    /// <summary>
    /// The client ids of every koppeling, per samenwerkingsverband: a system path across all tenants, for the
    /// platform-beheerder's overview and for suspending a tenant.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> AlleKoppelingenPerSamenwerkingsverbandAsync(CancellationToken ct);
}
