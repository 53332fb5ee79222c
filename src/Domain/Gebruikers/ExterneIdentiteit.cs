namespace PassendOnderwijs.Domain.Gebruikers;

/// <summary>
/// A person as an external identity provider knows them: the provider's issuer and the subject it gives this person
/// (for DigiD through a broker, a pseudonym for this service, never the BSN). Together they are unique.
/// </summary>
public sealed record ExterneIdentiteit(string Uitgever, string Onderwerp)
{
    public const int MaximaleLengte = 255;
}
