using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Termijnen;

/// <summary>
/// One row of <see cref="Termijnentabel"/>: a term as people read it (what, how long, on what it rests, who acts) and
/// how many days ahead the product warns.
/// </summary>
/// <param name="Lengte">The length in words, built from the constants the deadline itself is computed with.</param>
/// <param name="Grondslag">The law or policy the term rests on.</param>
/// <param name="Wie">Who must act before the term ends.</param>
/// <param name="SignaalDagenVooraf">How many days before the last day the term counts as close (<see cref="Gebeurtenissen.TermijnNadert"/>).</param>
public record Termijnregel(Termijnsoort Soort, Zaaksoort Zaak, string Lengte, string Grondslag, string Wie, int SignaalDagenVooraf)
{
    public string Code => TermijnsoortCodes.Lijst.Code(Soort);

    public string Omschrijving => TermijnsoortCodes.Lijst.Label(Soort);
}

/// <summary>
/// A row together with how the term follows from a case's facts: <see cref="Loopt"/> gives the running term, or null
/// when the case does not (or no longer) wait for it.
/// </summary>
public sealed record Termijnregel<TZaak>(
    Termijnsoort Soort, Zaaksoort Zaak, string Lengte, string Grondslag, string Wie, int SignaalDagenVooraf, Func<TZaak, Looptijd?> Loopt)
    : Termijnregel(Soort, Zaak, Lengte, Grondslag, Wie, SignaalDagenVooraf)
{
    public Termijnstand? Stand(TZaak zaak) => Loopt(zaak) is { } looptijd
        ? new Termijnstand(Soort, looptijd.Vanaf, looptijd.Uiterlijk, looptijd.SignaalOp ?? Signaaldag(looptijd))
        : null;

    /// <summary>The warning never comes before the term began: a short term is close from its first day.</summary>
    private DateOnly Signaaldag(Looptijd looptijd)
    {
        var signaal = looptijd.Uiterlijk.AddDays(-SignaalDagenVooraf);
        return signaal < looptijd.Vanaf ? looptijd.Vanaf : signaal;
    }
}

/// <summary>
/// A running term as the facts give it: from the day of the fact it counts from (<see cref="Vanaf"/>, which also tells
/// one run of a recurring term from the next) to its last day; <see cref="SignaalOp"/> only where policy sets the
/// warning day itself.
/// </summary>
public sealed record Looptijd(DateOnly Vanaf, DateOnly Uiterlijk, DateOnly? SignaalOp = null);

/// <summary>A term as it stands for one case now.</summary>
public sealed record Termijnstand(Termijnsoort Soort, DateOnly Vanaf, DateOnly Uiterlijk, DateOnly SignaalOp);
