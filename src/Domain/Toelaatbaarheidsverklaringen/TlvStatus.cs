using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>
/// Where a TLV is in its lifecycle (<see cref="TlvLevenscyclus"/>): aangevraagd → in advisering → besloten →
/// bekendgemaakt ⇄ in bezwaar, ending herroepen after a bezwaar, or ingetrokken before a decision.
/// </summary>
public enum TlvStatus
{
    Aangevraagd,
    InAdvisering,
    Besloten,
    Bekendgemaakt,
    InBezwaar,
    Herroepen,
    Ingetrokken,
}

public static class TlvStatusCodes
{
    public static Codelijst<TlvStatus> Lijst { get; } = new(
        "status",
        new Dictionary<TlvStatus, (string Code, string Label)>
        {
            [TlvStatus.Aangevraagd] = ("aangevraagd", "Aangevraagd"),
            [TlvStatus.InAdvisering] = ("in-advisering", "In advisering"),
            [TlvStatus.Besloten] = ("besloten", "Besloten, nog niet bekendgemaakt"),
            [TlvStatus.Bekendgemaakt] = ("bekendgemaakt", "Bekendgemaakt"),
            [TlvStatus.InBezwaar] = ("in-bezwaar", "In bezwaar"),
            [TlvStatus.Herroepen] = ("herroepen", "Herroepen"),
            [TlvStatus.Ingetrokken] = ("ingetrokken", "Ingetrokken"),
        });
}
