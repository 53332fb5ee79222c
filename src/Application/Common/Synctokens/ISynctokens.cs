namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// Issues and reads every cursor and change feed token. Tokens are opaque to clients, name the list or feed they
/// belong to, and are signed with keys that all API instances share, so a client can only send back what an
/// instance gave it, for the list it was given for.
/// </summary>
public interface ISynctokens
{
    ValueTask<string> MaakAsync<T>(T inhoud, CancellationToken cancellationToken)
        where T : class, ISynctokenInhoud<T>;

    /// <summary>Null for anything the API cannot trust: not issued by it, changed, of another list, or unreadable.</summary>
    ValueTask<T?> LeesAsync<T>(string? tekst, CancellationToken cancellationToken)
        where T : class, ISynctokenInhoud<T>;
}
