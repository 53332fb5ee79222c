using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Expertboek;

/// <summary>A school day on which an expert can be deployed.</summary>
public enum Werkdag
{
    Maandag,
    Dinsdag,
    Woensdag,
    Donderdag,
    Vrijdag,
}

public static class WerkdagCodes
{
    public static Codelijst<Werkdag> Lijst { get; } = new(
        "werkdag",
        new Dictionary<Werkdag, (string Code, string Label)>
        {
            [Werkdag.Maandag] = ("maandag", "Maandag"),
            [Werkdag.Dinsdag] = ("dinsdag", "Dinsdag"),
            [Werkdag.Woensdag] = ("woensdag", "Woensdag"),
            [Werkdag.Donderdag] = ("donderdag", "Donderdag"),
            [Werkdag.Vrijdag] = ("vrijdag", "Vrijdag"),
        });
}
