namespace PassendOnderwijs.Domain.Expertises;

/// <summary>One entry of an expertise waardelijst: the code and its Dutch omschrijving. Part of the waardelijst aggregate.</summary>
public sealed class Expertise
{
    public const int MaximaleLengteOmschrijving = 200;

    internal Expertise(ExpertiseCode code, string omschrijving)
    {
        Code = code;
        Omschrijving = omschrijving;
    }

    public ExpertiseCode Code { get; private set; }

    public string Omschrijving { get; private set; }
}
