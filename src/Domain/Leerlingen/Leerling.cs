using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Leerlingen;

/// <summary>
/// A pupil, kept as small as the work allows (AVG data minimisation): an internal id, the name, date of birth,
/// the vestiging and groep. Never a BSN: the internal id is the only key, and other systems refer to it.
/// </summary>
public sealed partial class Leerling : AggregateRoot<Guid>
{
    public const int MaximaleLengteNaam = 120;
    public const int MaximaleLengteGroep = 20;
    public const int MaximaleLengteLasSleutel = 64;

    private Leerling()
    {
        Samenwerkingsverband = null!;
        Voornaam = string.Empty;
        Achternaam = string.Empty;
        Vestiging = null!;
        Groep = string.Empty;
        Ondersteuningsbehoeften = Ondersteuningsbehoeften.Leeg;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public string Voornaam { get; private set; }

    public string Achternaam { get; private set; }

    public DateOnly Geboortedatum { get; private set; }

    /// <summary>The vestiging the pupil is enrolled at now; decides which school staff may see the pupil.</summary>
    public VestigingCode Vestiging { get; private set; }

    /// <summary>Groep (PO) or leerjaar/klas (VO), as the school names it, e.g. "5" or "2B".</summary>
    public string Groep { get; private set; }

    public Ondersteuningsbehoeften Ondersteuningsbehoeften { get; private set; }

    /// <summary>
    /// The school's LAS's own key for this pupil (OSO <c>leerlingid</c>), so a LAS matches pupils without comparing
    /// names. Unique per vestiging; never a BSN or other national number.
    /// </summary>
    public string? LasSleutel { get; private set; }

    /// <summary>
    /// The four digits of the pupil's postcode (e.g. 3811), never the full postcode (data minimisation): the
    /// matching only compares it with an aanbieder's werkgebied (<see cref="Werkgebied.Postcodegebieden"/>).
    /// </summary>
    public string? Postcodegebied { get; private set; }

    /// <summary>The change number: concurrency token and ETag (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    public string Naam => VolledigeNaam(Voornaam, Achternaam);

    /// <summary>How a pupil's name is shown, also where only the two name columns were read.</summary>
    public static string VolledigeNaam(string voornaam, string achternaam) => $"{voornaam} {achternaam}";

    public static Result<Leerling> Registreer(
        School school, string? voornaam, string? achternaam, DateOnly? geboortedatum, string? groep, DateOnly vandaag, string? postcodegebied = null)
    {
        ArgumentNullException.ThrowIfNull(school);
        var fouten = new List<Fout>();
        var gebied = LeesPostcodegebied(postcodegebied);
        fouten.AddRange(gebied.Fouten);
        var voor = Tekst.Verplicht(voornaam, MaximaleLengteNaam, "voornaam", "voornaam-vereist", "Geef de voornaam van de leerling.");
        var achter = Tekst.Verplicht(achternaam, MaximaleLengteNaam, "achternaam", "achternaam-vereist", "Geef de achternaam van de leerling.");
        var geldigeGroep = Tekst.Verplicht(groep, MaximaleLengteGroep, "groep", "groep-vereist", "Geef de groep of klas van de leerling.");
        fouten.AddRange(voor.Fouten.Concat(achter.Fouten).Concat(geldigeGroep.Fouten));
        if (geboortedatum is null)
        {
            fouten.Add(Fout.Ongeldig("geboortedatum-vereist", "Geef de geboortedatum van de leerling.", "geboortedatum"));
        }
        else if (geboortedatum > vandaag || geboortedatum < vandaag.AddYears(-30))
        {
            fouten.Add(Fout.Ongeldig("onwaarschijnlijke-geboortedatum", "Deze geboortedatum past niet bij een leerling.", "geboortedatum"));
        }

        return fouten.Count > 0
            ? Result<Leerling>.Mislukt(fouten)
            : new Leerling
            {
                Id = Guid.CreateVersion7(),
                Samenwerkingsverband = school.Samenwerkingsverband,
                Voornaam = voor.Waarde,
                Achternaam = achter.Waarde,
                Geboortedatum = geboortedatum!.Value,
                Vestiging = school.Vestiging,
                Groep = geldigeGroep.Waarde,
                Postcodegebied = gebied.Waarde,
            };
    }

    /// <summary>Records the pupil's postcode area; empty leaves the pupil without one.</summary>
    public Result<Leerling> LegPostcodegebiedVast(string? postcodegebied)
    {
        var gelezen = LeesPostcodegebied(postcodegebied);
        if (!gelezen.Lukt(out var waarde))
        {
            return Result<Leerling>.Mislukt(gelezen.Fouten);
        }

        Postcodegebied = waarde;
        return this;
    }

    /// <summary>A postcode area is the four digits of a Dutch postcode, as in a werkgebied; empty is "not known".</summary>
    public static Result<string?> LeesPostcodegebied(string? postcodegebied, string veld = "postcodegebied")
    {
        var tekst = string.IsNullOrWhiteSpace(postcodegebied) ? null : postcodegebied.Trim();
        return tekst is null || Postcode4().IsMatch(tekst)
            ? tekst
            : Result<string?>.Mislukt(Fout.Ongeldig("ongeldig-postcodegebied", "Een postcodegebied is vier cijfers, zoals 3811.", veld));
    }

    /// <summary>The postcode area of a full postcode (1234 AB): its first four digits, or null when it is not one.</summary>
    public static string? PostcodegebiedVan(string? postcode) =>
        postcode is not null && postcode.Trim() is { Length: >= 4 } p && Postcode4().IsMatch(p[..4]) ? p[..4] : null;

    /// <summary>Records the LAS's key; an empty key leaves the pupil without one.</summary>
    public Result<Leerling> KoppelLasSleutel(string? sleutel)
    {
        var gelezen = LeesLasSleutel(sleutel);
        if (!gelezen.Lukt(out var waarde))
        {
            return Result<Leerling>.Mislukt(gelezen.Fouten);
        }

        LasSleutel = waarde;
        return this;
    }

    /// <summary>
    /// A LAS key as this product keeps it: trimmed, null when empty, at most <see cref="MaximaleLengteLasSleutel"/>
    /// characters and on one line (a key is matched character by character, so a hidden control character or line
    /// break would make a key that no LAS can send again).
    /// </summary>
    public static Result<string?> LeesLasSleutel(string? sleutel)
    {
        var gelezen = Tekst.Optioneel(sleutel, MaximaleLengteLasSleutel, "lasSleutel");
        return gelezen.Lukt(out var waarde) && waarde is not null && waarde.Any(char.IsControl)
            ? Result<string?>.Mislukt(Fout.Ongeldig("las-sleutel-ongeldig", "Een leerlingsleutel staat op één regel, zonder stuurtekens.", "lasSleutel"))
            : gelezen;
    }

    /// <summary>
    /// Takes over what a newer source (the school's own dossier) says about name and groep; returns the labels of what
    /// changed, for the report. Nothing changes when any value is invalid.
    /// </summary>
    public Result<IReadOnlyList<string>> WerkBij(string? voornaam, string? achternaam, string? groep)
    {
        var voor = Tekst.Verplicht(voornaam, MaximaleLengteNaam, "voornaam", "voornaam-vereist", "Geef de voornaam van de leerling.");
        var achter = Tekst.Verplicht(achternaam, MaximaleLengteNaam, "achternaam", "achternaam-vereist", "Geef de achternaam van de leerling.");
        var nieuweGroep = Tekst.Verplicht(groep, MaximaleLengteGroep, "groep", "groep-vereist", "Geef de groep of klas van de leerling.");
        var fouten = voor.Fouten.Concat(achter.Fouten).Concat(nieuweGroep.Fouten).ToList();
        if (fouten.Count > 0)
        {
            return Result<IReadOnlyList<string>>.Mislukt(fouten);
        }

        var gewijzigd = new List<string>();
        if (voor.Waarde != Voornaam)
        {
            Voornaam = voor.Waarde;
            gewijzigd.Add("voornaam");
        }

        if (achter.Waarde != Achternaam)
        {
            Achternaam = achter.Waarde;
            gewijzigd.Add("achternaam");
        }

        if (nieuweGroep.Waarde != Groep)
        {
            Groep = nieuweGroep.Waarde;
            gewijzigd.Add("groep");
        }

        return gewijzigd;
    }

    public Leerling LegOndersteuningsbehoeftenVast(Ondersteuningsbehoeften behoeften)
    {
        Ondersteuningsbehoeften = behoeften ?? throw new ArgumentNullException(nameof(behoeften));
        return this;
    }

    [GeneratedRegex("^" + Werkgebied.Postcodevorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Postcode4();
}
