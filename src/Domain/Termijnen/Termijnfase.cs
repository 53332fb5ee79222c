using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Termijnen;

/// <summary>
/// Where a watched term is: lopend → nadert → verlopen, and from any of those gehaald (closed) when what it waited for
/// happened. A term moved to a later day (a verdaging) goes back to lopend or nadert as the new day says.
/// </summary>
public enum Termijnfase
{
    Lopend,
    Nadert,
    Verlopen,
    Gehaald,
}

public static class TermijnfaseCodes
{
    public static Codelijst<Termijnfase> Lijst { get; } = new(
        "fase",
        new Dictionary<Termijnfase, (string Code, string Label)>
        {
            [Termijnfase.Lopend] = ("lopend", "Loopt"),
            [Termijnfase.Nadert] = ("nadert", "Loopt bijna af"),
            [Termijnfase.Verlopen] = ("verlopen", "Verlopen"),
            [Termijnfase.Gehaald] = ("gehaald", "Afgerond"),
        });
}
