namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// The pull feed's window: notificaties older than it are removed (README, Opschoning). The feed needs to know up to
/// which change number of a samenwerkingsverband that happened, so a token from before it is refused instead of
/// silently skipping what is gone.
/// </summary>
public interface INotificatievenster
{
    /// <summary>The highest change number removed in this samenwerkingsverband; 0 when nothing was removed yet.</summary>
    Task<long> OpgeschoondTotAsync(string samenwerkingsverband, CancellationToken ct);
}
