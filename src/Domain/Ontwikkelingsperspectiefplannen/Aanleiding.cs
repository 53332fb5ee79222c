using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>Why the pupil needs an OPP, which fixes the day its six-week term starts.</summary>
public enum Aanleiding
{
    /// <summary>Extra support starts, for example an arrangement.</summary>
    ExtraOndersteuning,

    /// <summary>The pupil is enrolled at an SBO, SO or VSO school (or PrO).</summary>
    Inschrijving,
}

public static class AanleidingCodes
{
    public static Codelijst<Aanleiding> Lijst { get; } = new(
        "aanleiding",
        new Dictionary<Aanleiding, (string Code, string Label)>
        {
            [Aanleiding.ExtraOndersteuning] = ("extra-ondersteuning", "Start van extra ondersteuning"),
            [Aanleiding.Inschrijving] = ("inschrijving", "Inschrijving in het speciaal (basis)onderwijs of praktijkonderwijs"),
        });
}

/// <summary>Which date of an OPP a regular primary school registers in ROD.</summary>
public enum RodOnderdeel
{
    Begindatum,
    Einddatum,
}

public static class RodOnderdeelCodes
{
    public static Codelijst<RodOnderdeel> Lijst { get; } = new(
        "ROD-onderdeel",
        new Dictionary<RodOnderdeel, (string Code, string Label)>
        {
            [RodOnderdeel.Begindatum] = ("begindatum", "Begindatum"),
            [RodOnderdeel.Einddatum] = ("einddatum", "Einddatum"),
        });
}
