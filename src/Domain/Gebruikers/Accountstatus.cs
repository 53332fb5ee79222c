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
    public static Codelijst<Accountstatus> Lijst { get; } = new(
        "status",
        new Dictionary<Accountstatus, (string Code, string Label)>
        {
            [Accountstatus.WachtOpActivering] = ("wacht-op-activering", "Wacht op activering"),
            [Accountstatus.Actief] = ("actief", "Actief"),
            [Accountstatus.Gedeactiveerd] = ("gedeactiveerd", "Gedeactiveerd"),
        });
}
