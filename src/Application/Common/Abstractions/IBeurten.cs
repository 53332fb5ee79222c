namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>What takes turns: each kind is its own queue, so a sign-in never waits for an idempotent request.</summary>
public enum Beurtsoort
{
    /// <summary>Sign-in attempts on one address: parallel wrong passwords must each count towards the lockout.</summary>
    Aanmelden = 1,

    /// <summary>Requests with one caller's Idempotency-Key: a repeat waits for the first and then replays its answer.</summary>
    Idempotentie = 2,

    /// <summary>Dossiers for one pupil: a parallel delivery of the same dossier waits for the first and then finds it.</summary>
    Dossier = 3,
}

/// <summary>
/// Work on one key takes turns within its transaction. Without it, parallel requests each read the same state and
/// each act on it: a failure count that stays low, or a second creation where the first should be replayed.
/// </summary>
public interface IBeurten
{
    /// <summary>Waits until no other transaction holds the turn for this kind and key; the turn ends with the transaction.</summary>
    Task WachtOpBeurtAsync(Beurtsoort soort, string sleutel, CancellationToken cancellationToken);
}
