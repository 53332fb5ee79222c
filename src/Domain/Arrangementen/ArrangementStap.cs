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
    public static Codelijst<ArrangementStap> Lijst { get; } = new(new Dictionary<ArrangementStap, string>
    {
        [ArrangementStap.Behandeling] = "behandeling",
        [ArrangementStap.Antwoord] = "antwoord",
        [ArrangementStap.Toekenning] = "toekenning",
        [ArrangementStap.Afwijzing] = "afwijzing",
        [ArrangementStap.Informatieverzoek] = "informatieverzoek",
        [ArrangementStap.Start] = "start",
        [ArrangementStap.Evaluatie] = "evaluatie",
        [ArrangementStap.Beeindiging] = "beeindiging",
    });
}
