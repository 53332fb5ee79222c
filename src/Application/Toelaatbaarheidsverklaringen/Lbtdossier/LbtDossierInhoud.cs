using PassendOnderwijs.Application.Common.Documenten;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;

/// <summary>
/// What the SWV sends to the Landelijke Bezwaaradviescommissie (LBT) and the objector with a bezwaar, as far as the
/// TLV's own records hold it: the bezwaar and its terms, the aanvraag, both deskundigenadviezen in full, the besluit and
/// the SWV's procedure and criteria. The caller fills it; labels (soort, categorie, discipline) come as words people read.
/// </summary>
/// <param name="ProcedureEnCriteria">The SWV's own text from its settings; null while the SWV has not recorded it.</param>
public sealed record LbtDossierInhoud(
    string SwvNaam,
    string SwvCode,
    string LeerlingNaam,
    DateOnly LeerlingGeboortedatum,
    string Beschikkingsnummer,
    BezwaarInDossier Bezwaar,
    AanvraagInDossier Aanvraag,
    IReadOnlyList<AdviesInDossier> Adviezen,
    BesluitInDossier Besluit,
    string? ProcedureEnCriteria) : IPdfDocument
{
    public DocumentTekst Tekst() => LbtDossierTekstOpsteller.Stel(this);

    /// <summary>Dated on the day the bezwaar was received (a date of the case, so the same records give the same bytes).</summary>
    public Pdfbeschrijving Beschrijving() => new(
        $"{LbtDossierTekstOpsteller.Titel}, beschikking {Beschikkingsnummer}",
        SwvNaam,
        Bezwaar.OntvangenOp,
        $"{SwvCode}/{Beschikkingsnummer}/lbt/{Bezwaar.OntvangenOp:yyyy-MM-dd}");
}

/// <param name="Indiener">A label, e.g. "Ouders of verzorgers".</param>
/// <param name="Verschoning">Why a late bezwaar is still dealt with; null when in time or not (yet) excused.</param>
/// <param name="Verdaging">The reason of the one extension; null while not extended (<paramref name="BeslissenUiterlijk"/> includes it).</param>
public sealed record BezwaarInDossier(
    string Indiener,
    string IndienerNaam,
    DateOnly OntvangenOp,
    DateOnly BekendgemaaktOp,
    DateOnly EindeBezwaartermijn,
    bool TeLaat,
    string? Verschoning,
    DateOnly LbtAdviesaanvraagUiterlijk,
    DateOnly? LbtGevraagdOp,
    DateOnly BeslissenUiterlijk,
    string? Verdaging);

/// <param name="Gevraagd">
/// The soort, categorie and school asked for, in the words the history recorded at the request ("Speciaal basisonderwijs
/// (SBO), categorie …, bij …"): a decision for another soort or categorie replaces them on the TLV itself.
/// </param>
/// <param name="AanvragendeVestiging">The BRIN and vestigingsnummer of the requesting school.</param>
/// <param name="Onderwijsbehoeften">The five IVO fields in their fixed order, each with its text or null when not described.</param>
/// <param name="Arrangementen">How many arrangementen the school linked to the request.</param>
public sealed record AanvraagInDossier(
    string Gevraagd,
    DateOnly AangevraagdOp,
    string AanvragendeVestiging,
    string BeoogdeSchool,
    string BeoogdeVestiging,
    bool BeoogdeSchoolInSamenwerkingsverband,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    IReadOnlyList<IvoVeldInDossier> Onderwijsbehoeften,
    string Basisondersteuning,
    string ExtraOndersteuning,
    int Arrangementen,
    string VisieOuders,
    string VisieLeerling);

public sealed record IvoVeldInDossier(string Naam, string? Tekst);

/// <summary>One deskundigenadvies in full, as the deskundige gave it.</summary>
/// <param name="Plek">A label, e.g. "Eerste deskundige".</param>
/// <param name="Discipline">A label, e.g. "Orthopedagoog".</param>
/// <param name="Registratie">The register and number (NIP, NVO, SKJ, BIG), if any.</param>
/// <param name="Soort">The advised soort as a label; null when niet toelaatbaar.</param>
/// <param name="Categorie">The advised category as a label; null when niet toelaatbaar or not applicable.</param>
/// <param name="Einddatum">The advised end; null when the deskundige advised none.</param>
public sealed record AdviesInDossier(
    string Plek,
    string Naam,
    string Discipline,
    string Werkgever,
    string? Registratie,
    DateOnly Datum,
    bool Toelaatbaar,
    string? Soort,
    string? Categorie,
    DateOnly? Einddatum,
    string MotiveringOnderwijsbehoeften,
    string MotiveringRegulier,
    string MotiveringBeoogdeSchool);

/// <param name="Soort">A label; the requested soort when niet toelaatbaar.</param>
/// <param name="Categorie">A label; null when niet toelaatbaar or not applicable.</param>
/// <param name="AfwijkingVanAdvies">Why the decision departs from an advice; null when it does not.</param>
public sealed record BesluitInDossier(
    bool Toelaatbaar,
    string Soort,
    string? Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    string? RedenAfwijkendeDuur,
    DateOnly Besluitdatum,
    string Motivering,
    string? AfwijkingVanAdvies);
