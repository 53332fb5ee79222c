using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>The steps of an arrangement's lifecycle after the request (see <see cref="ArrangementLevenscyclus"/>).</summary>
public enum ArrangementStap
{
    Behandeling,
    Antwoord,
    Toekenning,
    Afwijzing,
    Informatieverzoek,
    Start,
    Evaluatie,
    Beeindiging,
}

public static class ArrangementStapCodes
{
    public static Codelijst<ArrangementStap> Lijst { get; } = new(
        "stap",
        new Dictionary<ArrangementStap, (string Code, string Label)>
        {
            [ArrangementStap.Behandeling] = ("behandeling", "In behandeling nemen"),
            [ArrangementStap.Antwoord] = ("antwoord", "Vraag beantwoorden"),
            [ArrangementStap.Toekenning] = ("toekenning", "Toekennen"),
            [ArrangementStap.Afwijzing] = ("afwijzing", "Afwijzen"),
            [ArrangementStap.Informatieverzoek] = ("informatieverzoek", "Om informatie vragen"),
            [ArrangementStap.Start] = ("start", "Starten"),
            [ArrangementStap.Evaluatie] = ("evaluatie", "Evalueren"),
            [ArrangementStap.Beeindiging] = ("beeindiging", "Beëindigen"),
        });
}
