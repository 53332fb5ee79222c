using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Gebruikers;

/// <summary>Where an account is: waiting for its owner to choose a password, in use, or stopped.</summary>
public enum Accountstatus
{
    WachtOpActivering,
    Actief,
    Gedeactiveerd,
}

public static class AccountstatusCodes
{
    public static Codelijst<Accountstatus> Lijst { get; } = new(new Dictionary<Accountstatus, string>
    {
        [Accountstatus.WachtOpActivering] = "wacht-op-activering",
        [Accountstatus.Actief] = "actief",
        [Accountstatus.Gedeactiveerd] = "gedeactiveerd",
    });
}
