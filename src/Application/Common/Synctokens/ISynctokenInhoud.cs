namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// What a cursor or feed token carries. Each kind writes its own fields in a fixed order; the codec adds the format
/// version, the kind and the signature around them.
/// </summary>
public interface ISynctokenInhoud<TSelf>
    where TSelf : class, ISynctokenInhoud<TSelf>
{
    static abstract Tokensoort Soort { get; }

    /// <summary>Null when the fields do not make sense; only a bug or a stolen key could sign such a token.</summary>
    static abstract TSelf? Lees(ref TokenLezer lezer);

    void Schrijf(TokenSchrijver schrijver);
}
