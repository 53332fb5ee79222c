using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>
/// The cluster of an SO/VSO school for the landelijke expertisecentra: cluster 1 (visual) and cluster 2 (auditory and
/// language). Only these two matter here: their schools have no zorgplicht (WEC art. 40), so an aanmelding there runs
/// no term. Clusters 3 and 4 are part of the samenwerkingsverband and have zorgplicht like any school.
/// </summary>
public enum Cluster
{
    Een,
    Twee,
}

public static class ClusterCodes
{
    public static Codelijst<Cluster> Lijst { get; } = new(
        "cluster",
        new Dictionary<Cluster, (string Code, string Label)>
        {
            [Cluster.Een] = ("1", "Cluster 1 (blinde en slechtziende leerlingen)"),
            [Cluster.Twee] = ("2", "Cluster 2 (dove en slechthorende leerlingen, leerlingen met een taalontwikkelingsstoornis)"),
        });

    /// <summary>Only a school for speciaal onderwijs (SO or VSO) belongs to a cluster.</summary>
    public static bool KentCluster(this SoortSchool soort) => soort is SoortSchool.So or SoortSchool.Vso;
}
