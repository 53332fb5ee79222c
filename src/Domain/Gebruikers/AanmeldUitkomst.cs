namespace PassendOnderwijs.Domain.Gebruikers;

public enum AanmeldUitkomst
{
    Gelukt,

    /// <summary>Wrong password; deliberately the same answer as an unknown account.</summary>
    Mislukt,

    /// <summary>Too many failed attempts: the account is blocked for a while, whatever the password.</summary>
    Geblokkeerd,

    /// <summary>The password was right, but the account's samenwerkingsverband is suspended.</summary>
    Opgeschort,
}
