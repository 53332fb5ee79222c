namespace PassendOnderwijs.Domain.Gebruikers;

public readonly record struct GebruikerId(Guid Waarde)
{
    public static GebruikerId Nieuw() => new(Guid.CreateVersion7());

    public override string ToString() => Waarde.ToString();
}
