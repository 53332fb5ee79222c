namespace PassendOnderwijs.Domain.Expertises;

/// <summary>Identity of one published version of the expertise waardelijst (UUID v7 for index locality).</summary>
public readonly record struct ExpertiseWaardelijstId(Guid Waarde)
{
    public static ExpertiseWaardelijstId Nieuw() => new(Guid.CreateVersion7());

    public override string ToString() => Waarde.ToString();
}
