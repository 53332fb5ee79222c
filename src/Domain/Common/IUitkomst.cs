namespace PassendOnderwijs.Domain.Common;

/// <summary>The outcome of an operation seen without its value: did it succeed, and if not, why.</summary>
public interface IUitkomst
{
    bool IsGelukt { get; }

    IReadOnlyList<Fout> Fouten { get; }

    /// <summary>The value of a successful outcome, untyped; null for a failure.</summary>
    object? Inhoud { get; }
}
