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
