using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>An import is the pupil's current dossier until a newer dossier for the same pupil replaces it; it then stays as history.</summary>
public enum DossierimportStatus
{
    Actueel,
    Vervangen,
}

public static class DossierimportStatusCodes
{
    public static Codelijst<DossierimportStatus> Lijst { get; } = new(
        "status",
        new Dictionary<DossierimportStatus, (string Code, string Label)>
        {
            [DossierimportStatus.Actueel] = ("actueel", "Actueel"),
            [DossierimportStatus.Vervangen] = ("vervangen", "Vervangen door een nieuwer dossier"),
        });
}
