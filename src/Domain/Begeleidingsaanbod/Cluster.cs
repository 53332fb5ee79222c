namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>
/// The cluster of (voortgezet) speciaal onderwijs: 1 visually impaired, 2 deaf, hard of hearing or with language
/// development disorders, 3 physically or intellectually disabled or long-term ill, 4 behavioural or psychiatric.
/// </summary>
public enum Cluster
{
    Een = 1,
    Twee = 2,
    Drie = 3,
    Vier = 4,
}
