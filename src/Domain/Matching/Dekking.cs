using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>Rule 1, coverage per field, and the small level arithmetic the matching shares.</summary>
internal static class Dekking
{
    public static readonly IvoVeld[] Velden = Enum.GetValues<IvoVeld>();

    // Rule 1: a need that is not filled in or Geen asks nothing beyond basisondersteuning, so any school covers it.
    public static bool IsGevraagd(Intensiteit? behoefte) => behoefte is > Intensiteit.Geen;

    // Rule 1: an asked need n is covered by a stated level of at least n. A level that is not filled in covers
    // nothing (the lifted comparison with null is false): advice must not assume a school offers what it never stated.
    public static bool Dekt(Intensiteit? behoefte, Intensiteit? aanbod) => !IsGevraagd(behoefte) || aanbod >= behoefte;

    public static int Ontbrekend(IvoNiveaus behoeften, IvoNiveaus aanbod) => Velden.Count(v => !Dekt(behoeften[v], aanbod[v]));

    public static bool DektAlles(IvoNiveaus behoeften, IvoNiveaus aanbod) => Ontbrekend(behoeften, aanbod) == 0;

    /// <summary>Two offers together reach the higher of them; what is not filled in adds nothing.</summary>
    public static Intensiteit? Hoogste(Intensiteit? a, Intensiteit? b) => a is null ? b : b is null ? a : a > b ? a : b;

    public static IvoNiveaus Per(Func<IvoVeld, Intensiteit?> niveau) =>
        new IvoNiveaus(
            niveau(IvoVeld.AandachtEnTijd),
            niveau(IvoVeld.Onderwijsmaterialen),
            niveau(IvoVeld.RuimtelijkeOmgeving),
            niveau(IvoVeld.Expertise),
            niveau(IvoVeld.SamenwerkingMetAndereInstanties));

    /// <summary>"2 (intensief)": the number people see on the form, with its word.</summary>
    public static string Niveau(Intensiteit niveau) => $"{(int)niveau} ({IntensiteitUitleg.Label(niveau)})";
}
