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
    public static Codelijst<Vervolg> Lijst { get; } = new(
        "vervolg",
        new Dictionary<Vervolg, (string Code, string Label)>
        {
            [Vervolg.Voortzetten] = ("voortzetten", "Voortzetten"),
            [Vervolg.Bijstellen] = ("bijstellen", "Bijstellen"),
            [Vervolg.Beeindigen] = ("beeindigen", "Beëindigen"),
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
