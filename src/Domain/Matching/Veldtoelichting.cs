using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// The explanation of one IVO field for one candidate: what is asked, what the school offers, what it reaches with
/// the support of the candidate (equal to the school's level when there is none), whether that covers the need, a
/// Dutch sentence saying so and, when it does not, a sentence saying what is missing.
/// </summary>
public sealed record Veldtoelichting
{
    public Veldtoelichting(IvoVeld veld, Intensiteit? gevraagd, Intensiteit? schoolBiedt, Intensiteit? metOndersteuning, bool gedekt, string zin, string? tekort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zin);
        if (gedekt == tekort is not null)
        {
            throw new ArgumentException("A field line says what is missing exactly when the field is not covered.", nameof(tekort));
        }

        Veld = veld;
        Gevraagd = gevraagd;
        SchoolBiedt = schoolBiedt;
        MetOndersteuning = metOndersteuning;
        Gedekt = gedekt;
        Zin = zin;
        Tekort = tekort;
    }

    public IvoVeld Veld { get; }

    public Intensiteit? Gevraagd { get; }

    public Intensiteit? SchoolBiedt { get; }

    public Intensiteit? MetOndersteuning { get; }

    public bool Gedekt { get; }

    /// <summary>E.g. "Aandacht en tijd: vraagt 1 (licht), school biedt 2 (intensief): voldoet".</summary>
    public string Zin { get; }

    /// <summary>What is missing on this field; null when it is covered.</summary>
    public string? Tekort { get; }
}
