namespace PassendOnderwijs.Domain.Beleid;

/// <summary>
/// The terms of the samenwerkingsverband's policy that an arrangement reads: the handler passes the ones in force on
/// the day that matters (the request, the start, the evaluation), so the aggregate never reads the store itself.
/// </summary>
/// <param name="BehandeltermijnWeken">The SWV's target for deciding on a request, in weeks from the request.</param>
/// <param name="EvaluatietermijnMaanden">An active arrangement is evaluated at least this often.</param>
public sealed record Arrangementtermijnen(int BehandeltermijnWeken, int EvaluatietermijnMaanden)
{
    /// <summary>The defaults, in force as long as the samenwerkingsverband set nothing else.</summary>
    public static readonly Arrangementtermijnen Standaard = new(Beleidswaarden.StandaardBehandeltermijnWeken, Beleidswaarden.StandaardEvaluatietermijnMaanden);
}
