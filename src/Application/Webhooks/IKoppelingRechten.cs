namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// What koppelingen may now (scopes, vestigingen), looked up across tenants for the system paths that decide who
/// receives an event; a koppeling that was withdrawn is absent.
/// </summary>
public interface IKoppelingRechten
{
    Task<IReadOnlyDictionary<string, KoppelingRechten>> VanAsync(IReadOnlyCollection<string> clientIds, CancellationToken ct);
}

public sealed record KoppelingRechten(string ClientId, string Samenwerkingsverband, IReadOnlyList<string> Scopes, IReadOnlyList<string> Vestigingen)
{
    /// <summary>Whether this koppeling may learn of a notificatie: its scope and one of its vestigingen.</summary>
    public bool Mag(string samenwerkingsverband, string scope, IReadOnlyCollection<string> vestigingen) =>
        Samenwerkingsverband == samenwerkingsverband && Scopes.Contains(scope) && vestigingen.Any(Vestigingen.Contains);
}
