using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>The cases of a pupil a document can belong to: the request it supports or the plan it is part of.</summary>
public enum Zaaksoort
{
    Arrangement,
    Toelaatbaarheidsverklaring,
    Ontwikkelingsperspectiefplan,
}

public static class ZaaksoortCodes
{
    public static Codelijst<Zaaksoort> Lijst { get; } = new(
        "zaak",
        new Dictionary<Zaaksoort, (string Code, string Label)>
        {
            [Zaaksoort.Arrangement] = ("arrangement", "Arrangement"),
            [Zaaksoort.Toelaatbaarheidsverklaring] = ("toelaatbaarheidsverklaring", "TLV"),
            [Zaaksoort.Ontwikkelingsperspectiefplan] = ("ontwikkelingsperspectiefplan", "OPP"),
        });
}
