using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>A step in an OPP's lifecycle; each has one row in <see cref="OppLevenscyclus"/>.</summary>
public enum OppStap
{
    Wijziging,
    Overleg,
    Hoorrecht,
    ConceptDelen,
    DelenStoppen,
    Instemming,
    Vaststelling,
    Herziening,
    Evaluatie,
    RodRegistratie,
    Afsluiting,
}

public static class OppStapCodes
{
    public static Codelijst<OppStap> Lijst { get; } = new(
        "stap",
        new Dictionary<OppStap, (string Code, string Label)>
        {
            [OppStap.Wijziging] = ("wijziging", "Concept bijwerken"),
            [OppStap.Overleg] = ("overleg", "Overleg met de ouders vastleggen"),
            [OppStap.Hoorrecht] = ("hoorrecht", "Hoorrecht van de leerling vastleggen"),
            [OppStap.ConceptDelen] = ("concept-delen", "Concept delen met de ouders"),
            [OppStap.DelenStoppen] = ("delen-stoppen", "Concept niet meer delen met de ouders"),
            [OppStap.Instemming] = ("instemming", "Instemming van de ouders vastleggen"),
            [OppStap.Vaststelling] = ("vaststelling", "Vaststellen"),
            [OppStap.Herziening] = ("herziening", "Nieuwe versie maken"),
            [OppStap.Evaluatie] = ("evaluatie", "Evalueren met de ouders"),
            [OppStap.RodRegistratie] = ("rod-registratie", "Registratie in ROD bevestigen"),
            [OppStap.Afsluiting] = ("afsluiting", "Afsluiten"),
        });
}
