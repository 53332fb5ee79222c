namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>
/// Runs a piece of work in one database transaction. The work says whether to commit: a command that ends in an
/// expected failure rolls back just like one that throws, so nothing is ever half-stored.
/// </summary>
public interface ITransactieBeheer
{
    Task<T> VoerUitAsync<T>(Func<CancellationToken, Task<(T Uitkomst, bool Vastleggen)>> werk, CancellationToken cancellationToken);
}
