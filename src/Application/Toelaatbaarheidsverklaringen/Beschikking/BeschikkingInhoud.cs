using PassendOnderwijs.Application.Common.Documenten;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;

/// <summary>
/// What a beschikking says; the caller fills it from the TLV, its two deskundigenadviezen and the samenwerkingsverband.
/// Labels (soort, categorie, discipline) come as the words people read, not as codes.
/// </summary>
/// <param name="SwvPostadres">Where a bezwaarschrift is sent (lines may be separated by line breaks); may be missing.</param>
/// <param name="Soort">A label, e.g. "Speciaal onderwijs (SO)".</param>
/// <param name="Categorie">A label, e.g. "Categorie laag"; null for SBO or when niet toelaatbaar.</param>
/// <param name="Ingangsdatum">Null when niet toelaatbaar.</param>
/// <param name="Einddatum">Null when niet toelaatbaar, or when the TLV has no end (an open period).</param>
public sealed record BeschikkingInhoud(
    string SwvNaam,
    string SwvCode,
    string? SwvPostadres,
    string Beschikkingsnummer,
    DateOnly Besluitdatum,
    string LeerlingNaam,
    DateOnly LeerlingGeboortedatum,
    bool Toelaatbaar,
    string Soort,
    string? Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    string Motivering,
    IReadOnlyList<AdviesInBeschikking> Adviezen) : IPdfDocument
{
    /// <exception cref="ArgumentException">The content contradicts itself (e.g. toelaatbaar without an ingangsdatum).</exception>
    public DocumentTekst Tekst() => BeschikkingTekstOpsteller.Stel(this);

    /// <summary>Dated on the besluitdatum, so a re-sent beschikking is provably the one that was decided.</summary>
    public Pdfbeschrijving Beschrijving() =>
        new($"{BeschikkingTekstOpsteller.Titel} {Beschikkingsnummer}", SwvNaam, Besluitdatum, $"{SwvCode}/{Beschikkingsnummer}");
}

/// <summary>One deskundigenadvies as the beschikking quotes it: who advised, when, the conclusion and its reasons.</summary>
/// <param name="Discipline">A label, e.g. "Orthopedagoog".</param>
/// <param name="Conclusie">The deskundige's reasoning in their own words.</param>
public sealed record AdviesInBeschikking(string Discipline, string DeskundigeNaam, DateOnly Datum, bool Toelaatbaar, string Conclusie);
