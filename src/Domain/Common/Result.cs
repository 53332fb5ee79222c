namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// The outcome of an operation that can fail in an expected way. A failure carries every problem found, so a caller
/// can report them all at once. Exceptions are reserved for bugs.
/// </summary>
public sealed class Result<T> : IUitkomst
{
    private readonly T? _waarde;

    private Result(T waarde)
    {
        _waarde = waarde;
        Fouten = [];
    }

    private Result(IReadOnlyList<Fout> fouten)
    {
        if (fouten.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one Fout.", nameof(fouten));
        }

        var soorten = fouten.Select(f => f.Soort).Distinct().Count();
        if (soorten > 1)
        {
            throw new ArgumentException("All Fouten of one result must be of the same FoutSoort.", nameof(fouten));
        }

        Fouten = fouten;
    }

    public bool IsGelukt => Fouten.Count == 0;

    public IReadOnlyList<Fout> Fouten { get; }

    public FoutSoort Soort => IsGelukt
        ? throw new InvalidOperationException("A successful result has no FoutSoort.")
        : Fouten[0].Soort;

    public T Waarde => IsGelukt
        ? _waarde!
        : throw new InvalidOperationException("A failed result has no value; check IsGelukt first.");

    /// <summary>The value when the operation succeeded, so a caller checks and takes it in one step.</summary>
    public bool Lukt([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T waarde)
    {
        waarde = _waarde;
        return IsGelukt;
    }

    object? IUitkomst.Inhoud => IsGelukt ? _waarde : null;

    public static Result<T> Gelukt(T waarde) => new(waarde);

    public static Result<T> Mislukt(Fout fout) => new([fout]);

    public static Result<T> Mislukt(IReadOnlyList<Fout> fouten) => new(fouten);

    public static implicit operator Result<T>(T waarde) => Gelukt(waarde);

    public static implicit operator Result<T>(Fout fout) => Mislukt(fout);
}
