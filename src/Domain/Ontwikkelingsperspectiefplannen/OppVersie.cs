using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// One version of an OPP: its content and the procedure around it (overleg, hoorrecht, instemming, vaststelling).
/// Only a concept changes; once vastgesteld, a version is kept as it was and a change makes the next version.
/// </summary>
public sealed record OppVersie
{
    public required int Nummer { get; init; }

    public required Versiestatus Status { get; init; }

    public required OppInhoud Inhoud { get; init; }

    public required Actor AangemaaktDoor { get; init; }

    public required DateTimeOffset AangemaaktOp { get; init; }

    public OppOverleg? Overleg { get; init; }

    public OppHoorrecht? Hoorrecht { get; init; }

    /// <summary>When the school shared this concept with the ouders for the overleg; until then they do not see it.</summary>
    public DateTimeOffset? GedeeldMetOudersOp { get; init; }

    /// <summary>The ouders' latest answer on this version's handelingsdeel; it holds only while the text is the same.</summary>
    public OppInstemming? Instemming { get; init; }

    public DateOnly? VastgesteldOp { get; init; }

    public Actor? VastgesteldDoor { get; init; }

    /// <summary>
    /// Whether the handelingsdeel is vastgesteld too: only with the ouders' instemming on exactly this text (given on
    /// this version, or on an earlier one with the same handelingsdeel). Without it the rest of the plan holds and the
    /// handelingsdeel waits.
    /// </summary>
    public bool HandelingsdeelVastgesteld { get; init; }

    public string Vingerafdruk => OppVelden.Vingerafdruk(Inhoud.Handelingsdeel);

    /// <summary>Whether the ouders consented to this version's handelingsdeel as it reads now.</summary>
    public bool HeeftInstemming => Instemming is { Gegeven: true } instemming && instemming.Vingerafdruk == Vingerafdruk;
}

/// <summary>
/// The evaluation of an OPP with the ouders, at least once per school year: per goal of the version evaluated whether
/// it was reached, the conclusion, and whether a new version follows.
/// </summary>
public sealed record OppEvaluatie(
    Guid Id,
    DateOnly Datum,
    int Versie,
    string Deelnemers,
    IReadOnlyList<Doelresultaat> Doelen,
    string Conclusie,
    bool NieuweVersie,
    Actor Door,
    DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengte = 4000;
}
