using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// How near a candidate is, nearest first; the ranking compares it within one tier. A school is near by the
/// samenwerkingsverband's indeling; an aanbieder by how its werkgebied reaches the pupil (a postcode area is the most
/// local statement, then the samenwerkingsverband, then the whole country). Support with arrangement kinds only
/// brings nobody from elsewhere, so it is at the pupil's own school.
/// </summary>
public enum Nabijheid
{
    EigenSchool,
    ZelfdeLokaalNetwerk,
    ZelfdeRegio,
    ZelfdeSamenwerkingsverband,
    WerkgebiedPostcodegebied,
    WerkgebiedSamenwerkingsverband,
    WerkgebiedLandelijk,
}

public static class NabijheidCodes
{
    public static Codelijst<Nabijheid> Lijst { get; } = new(
        "nabijheid",
        new Dictionary<Nabijheid, (string Code, string Label)>
        {
            [Nabijheid.EigenSchool] = ("eigen-school", "Op de eigen school"),
            [Nabijheid.ZelfdeLokaalNetwerk] = ("zelfde-lokaal-netwerk", "In hetzelfde lokale netwerk"),
            [Nabijheid.ZelfdeRegio] = ("zelfde-regio", "In dezelfde regio"),
            [Nabijheid.ZelfdeSamenwerkingsverband] = ("zelfde-samenwerkingsverband", "Elders in het samenwerkingsverband"),
            [Nabijheid.WerkgebiedPostcodegebied] = ("werkgebied-postcodegebied", "Werkt in het postcodegebied van de leerling"),
            [Nabijheid.WerkgebiedSamenwerkingsverband] = ("werkgebied-samenwerkingsverband", "Werkt in het samenwerkingsverband"),
            [Nabijheid.WerkgebiedLandelijk] = ("werkgebied-landelijk", "Werkt in het hele land"),
        });
}
