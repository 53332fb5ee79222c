namespace PassendOnderwijs.Infrastructure.Synctokens;

/// <summary>Configuration section "Synctokens".</summary>
public sealed class SynctokenOpties
{
    public const string Sectie = "Synctokens";

    /// <summary>
    /// After how many days the first instance that signs a token makes a new signing key. Older keys keep checking
    /// the tokens they signed, so a rotation costs clients nothing.
    /// </summary>
    public int SleutelWisselDagen { get; set; } = 90;
}
