using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Middelen;

/// <summary>Where a verantwoording is (<see cref="VerantwoordingLevenscyclus"/>): concept → ingediend → besproken.</summary>
public enum VerantwoordingStatus
{
    Concept,
    Ingediend,
    Besproken,
}

public static class VerantwoordingStatusCodes
{
    public static Codelijst<VerantwoordingStatus> Lijst { get; } = new(
        "status",
        new Dictionary<VerantwoordingStatus, (string Code, string Label)>
        {
            [VerantwoordingStatus.Concept] = ("concept", "Concept"),
            [VerantwoordingStatus.Ingediend] = ("ingediend", "Ingediend"),
            [VerantwoordingStatus.Besproken] = ("besproken", "Besproken in het bestuursgesprek"),
        });
}

/// <summary>The steps of a verantwoording's lifecycle (see <see cref="VerantwoordingLevenscyclus"/>).</summary>
public enum VerantwoordingStap
{
    Indiening,
    Terugsturing,
    Bespreking,
}

public static class VerantwoordingStapCodes
{
    public static Codelijst<VerantwoordingStap> Lijst { get; } = new(
        "stap",
        new Dictionary<VerantwoordingStap, (string Code, string Label)>
        {
            [VerantwoordingStap.Indiening] = ("indiening", "Indienen"),
            [VerantwoordingStap.Terugsturing] = ("terugsturing", "Terugsturen voor correctie"),
            [VerantwoordingStap.Bespreking] = ("bespreking", "Bespreking vastleggen"),
        });
}

/// <summary>Whether a line of a verantwoording is about a whole school or one group of it.</summary>
public enum Verantwoordingsniveau
{
    School,
    Groep,
}

public static class VerantwoordingsniveauCodes
{
    public static Codelijst<Verantwoordingsniveau> Lijst { get; } = new(
        "niveau",
        new Dictionary<Verantwoordingsniveau, (string Code, string Label)>
        {
            [Verantwoordingsniveau.School] = ("school", "Schoolniveau"),
            [Verantwoordingsniveau.Groep] = ("groep", "Groepsniveau"),
        });
}
