namespace PassendOnderwijs.Domain.Common.Levenscyclus;

/// <summary>What a step's own checks found: every problem, or the note the step writes in the history.</summary>
public readonly record struct Stapuitkomst(IReadOnlyList<Fout> Fouten, string? Toelichting)
{
    public static Stapuitkomst Gelukt(string? toelichting = null) => new([], toelichting);

    public static implicit operator Stapuitkomst(List<Fout> fouten) => new(fouten, null);

    public static implicit operator Stapuitkomst(Fout[] fouten) => new(fouten, null);
}
