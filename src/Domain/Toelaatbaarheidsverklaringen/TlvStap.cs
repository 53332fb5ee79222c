using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>The steps of a TLV's lifecycle after the request (see <see cref="TlvLevenscyclus"/>).</summary>
public enum TlvStap
{
    AdviseurAanwijzing,
    Advies,
    Besluit,
    Bekendmaking,
    Intrekking,
    BezwaarOntvangst,
    Verschoning,
    NietOntvankelijkVerklaring,
    LbtAdviesaanvraag,
    Hoorzitting,
    LbtAdvies,
    Verdaging,
    BeslissingOpBezwaar,
    Inschrijving,
    Herindicatie,
}

public static class TlvStapCodes
{
    public static Codelijst<TlvStap> Lijst { get; } = new(
        "stap",
        new Dictionary<TlvStap, (string Code, string Label)>
        {
            [TlvStap.AdviseurAanwijzing] = ("adviseur-aanwijzing", "Deskundige aanwijzen"),
            [TlvStap.Advies] = ("advies", "Advies uitbrengen"),
            [TlvStap.Besluit] = ("besluit", "Besluiten"),
            [TlvStap.Bekendmaking] = ("bekendmaking", "Besluit bekendmaken"),
            [TlvStap.Intrekking] = ("intrekking", "Aanvraag intrekken"),
            [TlvStap.BezwaarOntvangst] = ("bezwaar-ontvangst", "Bezwaar registreren"),
            [TlvStap.Verschoning] = ("verschoning", "Te late indiening verschonen"),
            [TlvStap.NietOntvankelijkVerklaring] = ("niet-ontvankelijk-verklaring", "Bezwaar niet-ontvankelijk verklaren"),
            [TlvStap.LbtAdviesaanvraag] = ("lbt-adviesaanvraag", "LBT om advies vragen"),
            [TlvStap.Hoorzitting] = ("hoorzitting", "Hoorzitting vastleggen"),
            [TlvStap.LbtAdvies] = ("lbt-advies", "Advies van de LBT vastleggen"),
            [TlvStap.Verdaging] = ("verdaging", "Beslistermijn verdagen"),
            [TlvStap.BeslissingOpBezwaar] = ("beslissing-op-bezwaar", "Beslissen op bezwaar"),
            [TlvStap.Inschrijving] = ("inschrijving", "Inschrijving bevestigen"),
            [TlvStap.Herindicatie] = ("herindicatie", "Herindicatie aanvragen"),
        });
}
