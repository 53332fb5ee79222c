using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>What an evaluation decides for what comes next.</summary>
public enum Vervolg
{
    Voortzetten,
    Bijstellen,
    Beeindigen,
}

public static class VervolgCodes
{
    public static Codelijst<Vervolg> Lijst { get; } = new(new Dictionary<Vervolg, string>
    {
        [Vervolg.Voortzetten] = "voortzetten",
        [Vervolg.Bijstellen] = "bijstellen",
        [Vervolg.Beeindigen] = "beeindigen",
    });
}

/// <summary>Whether one goal was reached, with an explanation.</summary>
public sealed record Doelresultaat(int Doel, bool Behaald, string? Toelichting);

/// <summary>An evaluation of an active arrangement: per goal reached or not, the conclusion and the follow-up.</summary>
public sealed record Evaluatie(
    Guid Id,
    DateOnly Datum,
    IReadOnlyList<Doelresultaat> Doelen,
    string Conclusie,
    Vervolg Vervolg,
    Actor Door,
    DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengte = 4000;
}
