using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>Where an arrangement is in its lifecycle: aangevraagd → in behandeling → toegekend | afgewezen → actief → beëindigd.</summary>
public enum ArrangementStatus
{
    Aangevraagd,
    InBehandeling,
    Toegekend,
    Afgewezen,
    Actief,
    Beeindigd,
}

public static class ArrangementStatusCodes
{
    public static Codelijst<ArrangementStatus> Lijst { get; } = new(new Dictionary<ArrangementStatus, string>
    {
        [ArrangementStatus.Aangevraagd] = "aangevraagd",
        [ArrangementStatus.InBehandeling] = "in-behandeling",
        [ArrangementStatus.Toegekend] = "toegekend",
        [ArrangementStatus.Afgewezen] = "afgewezen",
        [ArrangementStatus.Actief] = "actief",
        [ArrangementStatus.Beeindigd] = "beeindigd",
    });
}
