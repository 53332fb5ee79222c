using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Common;

/// <summary>The kinds of case about a pupil: a document can belong to one, and every term of the deadline engine runs for one.</summary>
public enum Zaaksoort
{
    Arrangement,
    Toelaatbaarheidsverklaring,
    Ontwikkelingsperspectiefplan,
    Thuiszitter,
    Aanmelding,
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
            [Zaaksoort.Thuiszitter] = ("thuiszitter", "Thuiszitter"),
            [Zaaksoort.Aanmelding] = ("aanmelding", "Aanmelding"),
        });
}
