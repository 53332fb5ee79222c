using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of the deadline engine; what each term means is written in its row of Termijnentabel.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Termijnen() =>
    [
        Tekst(
            TermijnsoortCodes.Lijst,
            "Een termijn die het product bewaakt. GET /termijnsoorten geeft per termijn de lengte, de grondslag en wie moet handelen.",
            Termijnentabel.Alle.ToDictionary(r => r.Soort, r => $"{r.Lengte}. {r.Wie} handelt.")),
        Tekst(
            TermijnfaseCodes.Lijst,
            "Waar een termijn staat: hij loopt, loopt bijna af, is verlopen, of is afgerond.",
            new Dictionary<Termijnfase, string>
            {
                [Termijnfase.Lopend] = "De termijn loopt; het signaal dat hij bijna afloopt, is nog niet gekomen.",
                [Termijnfase.Nadert] = "De termijn loopt bijna af: het signaal is gegeven.",
                [Termijnfase.Verlopen] = "De laatste dag is voorbij en de termijn is nog niet afgerond.",
                [Termijnfase.Gehaald] = "Wat de termijn vroeg, is gebeurd (of de zaak is gestopt); zie wanneer, en of dat op tijd was.",
            }),
    ];
}
