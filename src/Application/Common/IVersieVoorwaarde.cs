namespace PassendOnderwijs.Application.Common;

/// <summary>
/// A change that names the version it is based on (If-Match): the use case answers 428 without it and 412 when it is
/// stale (<see cref="Versiecontrole"/>), and the contract declares both for every operation that sends one.
/// </summary>
public interface IVersieVoorwaarde
{
    long? VerwachteVersie { get; }
}
