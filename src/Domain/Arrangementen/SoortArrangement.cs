using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>The kinds of arrangement seen in the source documents (seeds 003, 004) and the OSO profiles.</summary>
public enum SoortArrangement
{
    Onderwijsarrangement,
    OnderwijsJeugdhulparrangement,
    InzetExpert,
    Middelen,
    DeeltijdplaatsingElders,
    ArrangementCluster12,
}

public static class SoortArrangementCodes
{
    public static Codelijst<SoortArrangement> Lijst { get; } = new(new Dictionary<SoortArrangement, string>
    {
        [SoortArrangement.Onderwijsarrangement] = "onderwijsarrangement",
        [SoortArrangement.OnderwijsJeugdhulparrangement] = "onderwijs-jeugdhulparrangement",
        [SoortArrangement.InzetExpert] = "inzet-expert",
        [SoortArrangement.Middelen] = "middelen",
        [SoortArrangement.DeeltijdplaatsingElders] = "deeltijdplaatsing-elders",
        [SoortArrangement.ArrangementCluster12] = "arrangement-cluster-1-2",
    });
}
