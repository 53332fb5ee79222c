using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>Rule 4: the Dutch sentences of a field line, so every candidate explains itself the same way.</summary>
internal static class Toelichting
{
    /// <summary>The five lines of a school on its own (tiers 1, 3, 4 and 5): what it reaches is what its profile says.</summary>
    public static IReadOnlyList<Veldtoelichting> ZonderOndersteuning(IvoNiveaus behoeften, IvoNiveaus school) =>
        [.. Dekking.Velden.Select(v => Regel(v, behoeften[v], school[v], school[v], steun: null))];

    /// <summary>
    /// One field line. <paramref name="metOndersteuning"/> is the level with the candidate's support and
    /// <paramref name="steun"/> names that support for this field ("met ambulante begeleiding door …"), null when none.
    /// </summary>
    public static Veldtoelichting Regel(IvoVeld veld, Intensiteit? gevraagd, Intensiteit? school, Intensiteit? metOndersteuning, string? steun)
    {
        var label = IvoVeldCodes.Lijst.Label(veld);
        if (gevraagd is not { } nodig || !Dekking.IsGevraagd(nodig))
        {
            return new(veld, gevraagd, school, metOndersteuning, gedekt: true, $"{label}: niet gevraagd", tekort: null);
        }

        // Rule 1: a blank profile field is said to be blank, not read as "geen".
        var vraagt = $"{label}: vraagt {Dekking.Niveau(nodig)}, {(school is { } s ? $"school biedt {Dekking.Niveau(s)}" : "school heeft dit niet ingevuld")}";
        if (Dekking.Dekt(nodig, school))
        {
            return new(veld, gevraagd, school, metOndersteuning, gedekt: true, $"{vraagt}: voldoet", tekort: null);
        }

        if (steun is not null && Dekking.Dekt(nodig, metOndersteuning))
        {
            return new(veld, gevraagd, school, metOndersteuning, gedekt: true, $"{vraagt} → {steun}", tekort: null);
        }

        var verhoogd = steun is not null && metOndersteuning is { } met && (school is null || met > school);
        var tekort = !verhoogd && school is null
            ? $"{label}: de school heeft dit niet ingevuld in haar ondersteuningsprofiel; er is {Dekking.Niveau(nodig)} nodig."
            : $"{label}: er is {Dekking.Niveau(nodig)} nodig; {(verhoogd ? "met de extra ondersteuning" : "de school")} komt tot {Dekking.Niveau((verhoogd ? metOndersteuning : school)!.Value)}.";
        return new(veld, gevraagd, school, metOndersteuning, gedekt: false, $"{vraagt}{(verhoogd ? $" → {steun}" : string.Empty)}: niet gedekt", tekort);
    }
}
