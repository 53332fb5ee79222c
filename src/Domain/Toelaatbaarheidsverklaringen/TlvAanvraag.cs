using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>
/// The school the TLV is for. It may lie outside the samenwerkingsverband (a pupil may go to an SO school elsewhere),
/// so its BRIN and vestigingsnummer, name and kind are recorded as given; inside the SWV they come from the register.
/// </summary>
public sealed record BeoogdeSchool(VestigingCode Vestiging, string Naam, SoortSchool Soort, bool InSamenwerkingsverband)
{
    public const int MaximaleLengteNaam = 160;
}

/// <summary>
/// Why the pupil needs a special school, along the HGW route: the onderwijsbehoeften on the five IVO fields, what the
/// current school did in its basisondersteuning and in extra ondersteuning (arrangementen may be linked), and the
/// views of the ouders and of the pupil.
/// </summary>
public sealed record Onderbouwing(
    IvoVelden Onderwijsbehoeften,
    string Basisondersteuning,
    string ExtraOndersteuning,
    IReadOnlyList<Guid> Arrangementen,
    string VisieOuders,
    string VisieLeerling)
{
    public const int MaximaleLengte = 4000;
    public const int MaximumArrangementen = 20;

    // For the store, which sets the parts itself (the IVO fields are a part of their own).
    private Onderbouwing()
        : this(IvoVelden.Leeg, string.Empty, string.Empty, [], string.Empty, string.Empty)
    {
    }
}

/// <summary>What a school (or the SWV on its behalf) asks for; checked as a whole by <see cref="Toelaatbaarheidsverklaring.Controleer"/>.</summary>
public sealed record TlvAanvraag(
    SoortToelaatbaarheid Soort,
    Bekostigingscategorie Categorie,
    BeoogdeSchool BeoogdeSchool,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    IvoVelden Onderwijsbehoeften,
    string? Basisondersteuning,
    string? ExtraOndersteuning,
    IReadOnlyList<Guid> Arrangementen,
    string? VisieOuders,
    string? VisieLeerling);

/// <summary>
/// The pupil and school a request is about, as they were on the day of the request: the beschikking and the receiving
/// school need the name and date of birth, and the independence of the deskundigen is judged against the requesting
/// vestiging and its bestuur.
/// </summary>
public sealed record TlvLeerling(Guid Id, string Naam, DateOnly Geboortedatum, VestigingCode Vestiging, Guid SchoolbestuurId, SwvCode Samenwerkingsverband);
