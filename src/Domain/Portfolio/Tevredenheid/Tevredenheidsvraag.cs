using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Tevredenheid;

/// <summary>The questions of the tevredenheidsonderzoek after an expert inzet, each answered with a score from 1 to 5.</summary>
public enum Tevredenheidsvraag
{
    Werkwijze,
    Bijdrage,
    Bereikbaarheid,
    Communicatie,
    Snelheid,
}

public static class TevredenheidsvraagCodes
{
    public static Codelijst<Tevredenheidsvraag> Lijst { get; } = new(
        "tevredenheidsvraag",
        new Dictionary<Tevredenheidsvraag, (string Code, string Label)>
        {
            [Tevredenheidsvraag.Werkwijze] = ("werkwijze", "Hoe tevreden bent u over de werkwijze van de expert?"),
            [Tevredenheidsvraag.Bijdrage] = ("bijdrage", "Hoe tevreden bent u over wat de expert heeft bijgedragen?"),
            [Tevredenheidsvraag.Bereikbaarheid] = ("bereikbaarheid", "Hoe tevreden bent u over de bereikbaarheid van de expert?"),
            [Tevredenheidsvraag.Communicatie] = ("communicatie", "Hoe tevreden bent u over de communicatie met de expert?"),
            [Tevredenheidsvraag.Snelheid] = ("snelheid", "Hoe tevreden bent u over hoe snel de expert werd ingezet?"),
        });
}
