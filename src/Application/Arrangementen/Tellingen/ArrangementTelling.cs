using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Tellingen;

/// <summary>
/// Read model: how many arrangementen of one samenwerkingsverband are in each status, kept up to date from the
/// arrangement events (so it may lag a moment behind the arrangementen themselves). Counts only: no pupil data.
/// </summary>
public sealed class ArrangementTelling
{
    private ArrangementTelling(SwvCode samenwerkingsverband)
    {
        Samenwerkingsverband = samenwerkingsverband;
        Aantallen = new Dictionary<string, int>();
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    /// <summary>Per status code (<see cref="ArrangementStatusCodes"/>); a status without arrangementen is absent.</summary>
    public IReadOnlyDictionary<string, int> Aantallen { get; private set; }

    public DateTimeOffset BijgewerktOp { get; private set; }

    public static ArrangementTelling Nieuw(SwvCode samenwerkingsverband) => new(samenwerkingsverband);

    public void Vervang(IReadOnlyDictionary<ArrangementStatus, int> aantallen, DateTimeOffset nu)
    {
        Aantallen = aantallen.Where(a => a.Value > 0)
            .OrderBy(a => a.Key)
            .ToDictionary(a => ArrangementStatusCodes.Lijst.Code(a.Key), a => a.Value);
        BijgewerktOp = nu;
    }

    public int Aantal(ArrangementStatus status) => Aantallen.GetValueOrDefault(ArrangementStatusCodes.Lijst.Code(status));
}
