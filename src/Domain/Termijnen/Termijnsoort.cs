using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Termijnen;

/// <summary>
/// Every term the product watches. Each has one row in <see cref="Termijnentabel"/>, which says how long it is, on what
/// it rests and from which facts it is computed. The codes are part of the API and the event payloads.
/// </summary>
public enum Termijnsoort
{
    ArrangementBehandeling,
    ArrangementEvaluatie,
    TlvBehandeling,
    TlvBezwaar,
    TlvLbtAdviesaanvraag,
    TlvBeslissingOpBezwaar,
    TlvEinde,
    OppVaststelling,
    OppEvaluatie,
    ThuiszitterTerugkeer,
    AanmeldingBesluit,
}

public static class TermijnsoortCodes
{
    public static Codelijst<Termijnsoort> Lijst { get; } = new(
        "termijn",
        new Dictionary<Termijnsoort, (string Code, string Label)>
        {
            [Termijnsoort.ArrangementBehandeling] = ("arrangement-behandeling", "Beslissen op een aanvraag voor een arrangement"),
            [Termijnsoort.ArrangementEvaluatie] = ("arrangement-evaluatie", "Evaluatie van een arrangement"),
            [Termijnsoort.TlvBehandeling] = ("tlv-behandeling", "Beslissen op een aanvraag voor een TLV"),
            [Termijnsoort.TlvBezwaar] = ("tlv-bezwaar", "Bezwaar maken tegen een TLV-besluit"),
            [Termijnsoort.TlvLbtAdviesaanvraag] = ("tlv-lbt-adviesaanvraag", "Advies vragen aan de LBT over een bezwaar"),
            [Termijnsoort.TlvBeslissingOpBezwaar] = ("tlv-beslissing-op-bezwaar", "Beslissen op een bezwaar"),
            [Termijnsoort.TlvEinde] = ("tlv-einde", "Einde van een TLV"),
            [Termijnsoort.OppVaststelling] = ("opp-vaststelling", "Vaststellen van een OPP"),
            [Termijnsoort.OppEvaluatie] = ("opp-evaluatie", "Evaluatie van een OPP met de ouders"),
            [Termijnsoort.ThuiszitterTerugkeer] = ("thuiszitter-terugkeer", "Terugkeer van een thuiszitter binnen 3 maanden"),
            [Termijnsoort.AanmeldingBesluit] = ("aanmelding-besluit", "Beslissen over de toelating na een aanmelding (zorgplicht)"),
        });
}
