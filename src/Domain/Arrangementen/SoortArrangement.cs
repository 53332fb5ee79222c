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
    public static Codelijst<SoortArrangement> Lijst { get; } = new(
        "soort arrangement",
        new Dictionary<SoortArrangement, (string Code, string Label)>
        {
            [SoortArrangement.Onderwijsarrangement] = ("onderwijsarrangement", "Onderwijsarrangement"),
            [SoortArrangement.OnderwijsJeugdhulparrangement] = ("onderwijs-jeugdhulparrangement", "Onderwijs-jeugdhulparrangement"),
            [SoortArrangement.InzetExpert] = ("inzet-expert", "Inzet van een expert"),
            [SoortArrangement.Middelen] = ("middelen", "Middelen"),
            [SoortArrangement.DeeltijdplaatsingElders] = ("deeltijdplaatsing-elders", "Deeltijdplaatsing elders"),
            [SoortArrangement.ArrangementCluster12] = ("arrangement-cluster-1-2", "Arrangement cluster 1 en 2"),
        });
}
