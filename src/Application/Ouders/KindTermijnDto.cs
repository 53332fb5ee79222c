using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>
/// A term that runs for the ouder, from the deadline engine, in one sentence: the bezwaar term of a TLV decision, and
/// the OPP's terms in which the school needs the ouders (instemming when it is set, the evaluation with them).
/// </summary>
/// <param name="Tekst">The sentence, e.g. "U kunt tot en met 14 maart 2027 bezwaar maken tegen het besluit over de toelaatbaarheidsverklaring.".</param>
/// <param name="Over">What the term is about, in words: "Toelaatbaarheidsverklaring" or "Ontwikkelingsperspectiefplan".</param>
/// <param name="TotEnMet">The last day of the term.</param>
/// <param name="BijnaVoorbij">Whether the term ends soon (the engine's signal day has come).</param>
public sealed record KindTermijnDto(string Tekst, string Over, DateOnly TotEnMet, bool BijnaVoorbij)
{
    /// <summary>The terms an ouder acts on or takes part in; the others are the school's and the SWV's work.</summary>
    public static IReadOnlyList<Termijnsoort> VoorOuders { get; } = [Termijnsoort.TlvBezwaar, Termijnsoort.OppVaststelling, Termijnsoort.OppEvaluatie];

    public static KindTermijnDto Van(Termijn t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var datum = NederlandseDatum.Tekst(t.Uiterlijk);
        var (tekst, over) = t.Soort switch
        {
            Termijnsoort.TlvBezwaar => ($"U kunt tot en met {datum} bezwaar maken tegen het besluit over de toelaatbaarheidsverklaring.", "Toelaatbaarheidsverklaring"),
            Termijnsoort.OppVaststelling => ($"De school stelt het ontwikkelingsperspectiefplan (OPP) uiterlijk op {datum} vast. De school vraagt u vooraf of u het eens bent met de plannen.", "Ontwikkelingsperspectiefplan"),
            _ => ($"De school bespreekt het ontwikkelingsperspectiefplan (OPP) uiterlijk op {datum} met u: hoe gaat het en wat is er nodig?", "Ontwikkelingsperspectiefplan"),
        };
        return new(tekst, over, t.Uiterlijk, t.Fase == Termijnfase.Nadert);
    }
}
