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
    public static Codelijst<ArrangementStatus> Lijst { get; } = new(
        "status",
        new Dictionary<ArrangementStatus, (string Code, string Label)>
        {
            [ArrangementStatus.Aangevraagd] = ("aangevraagd", "Aangevraagd"),
            [ArrangementStatus.InBehandeling] = ("in-behandeling", "In behandeling"),
            [ArrangementStatus.Toegekend] = ("toegekend", "Toegekend"),
            [ArrangementStatus.Afgewezen] = ("afgewezen", "Afgewezen"),
            [ArrangementStatus.Actief] = ("actief", "Actief"),
            [ArrangementStatus.Beeindigd] = ("beeindigd", "Beëindigd"),
        });
}
