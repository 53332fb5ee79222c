namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>
/// Sign-in attempts on one address take turns within their transaction. Without it, parallel wrong passwords each
/// read the same failure count and each write it plus one, so the count stays low and the lockout never comes.
/// </summary>
public interface IAanmeldbeurt
{
    /// <summary>Waits until no other attempt on <paramref name="email"/> is in progress; the turn ends with the transaction.</summary>
    Task WachtOpBeurtAsync(string email, CancellationToken cancellationToken);
}
