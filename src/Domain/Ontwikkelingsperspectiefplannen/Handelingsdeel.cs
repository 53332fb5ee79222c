using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>Whether a goal is for the long term, the short term, or a step on the way (a tussendoel per domain).</summary>
public enum Doeltermijn
{
    LangeTermijn,
    KorteTermijn,
    Tussendoel,
}

public static class DoeltermijnCodes
{
    public static Codelijst<Doeltermijn> Lijst { get; } = new(
        "doeltermijn",
        new Dictionary<Doeltermijn, (string Code, string Label)>
        {
            [Doeltermijn.LangeTermijn] = ("lange-termijn", "Lange termijn"),
            [Doeltermijn.KorteTermijn] = ("korte-termijn", "Korte termijn"),
            [Doeltermijn.Tussendoel] = ("tussendoel", "Tussendoel"),
        });
}

/// <summary>A goal of the handelingsdeel, in a domain such as "technisch lezen" or "werkhouding".</summary>
public sealed record OppDoel(Doeltermijn Termijn, string Domein, string Omschrijving);

/// <summary>What support the pupil gets, by whom and how much; linked to the pupil's arrangement where it pays for it.</summary>
public sealed record Ondersteuningsafspraak(string Wat, string DoorWie, string Omvang, Guid? ArrangementId);

/// <summary>An intervention of the plan van aanpak: what is done, who does it, and when.</summary>
public sealed record Interventie(string Wat, string Wie, DateOnly Van, DateOnly Tot);

/// <summary>
/// The HGW plan van aanpak for an expert's inzet: goals that are concrete, feasible and testable, the interventions
/// with their timeline and who does what, and the expert hours available.
/// </summary>
public sealed record PlanVanAanpak(IReadOnlyList<string> Doelen, IReadOnlyList<Interventie> Interventies, decimal? ExpertUren);

/// <summary>
/// The part of the plan the ouders consent to (instemmingsrecht): the goals on the long and short term with their
/// tussendoelen, the support and guidance, the planned evaluation moments, and the plan van aanpak when an expert is
/// deployed.
/// </summary>
public sealed record Handelingsdeel(
    IReadOnlyList<OppDoel> Doelen,
    IReadOnlyList<Ondersteuningsafspraak> Ondersteuning,
    IReadOnlyList<DateOnly> Evaluatiemomenten,
    PlanVanAanpak? PlanVanAanpak)
{
    public static Handelingsdeel Leeg { get; } = new([], [], [], null);
}
