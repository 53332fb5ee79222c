namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>One goal of the arrangement, numbered from 1 in the order of the request; evaluations refer to the number.</summary>
public sealed record Doel(int Nummer, string Omschrijving)
{
    public const int MaximaleLengte = 1000;
    public const int Maximum = 20;
}
