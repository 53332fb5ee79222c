using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;

/// <summary>
/// What the PDF of one OPP version shows: the pupil and the school, the version with its content and procedure, and
/// what the plan's records say around it (the linked arrangementen by name, an instemming given on an earlier version).
/// </summary>
/// <param name="SchoolNaam">The name of the vestiging the plan is for.</param>
/// <param name="Arrangementen">A readable name per arrangement the ondersteuning links to, e.g. "Onderwijsarrangement, 1 september 2026 tot en met 31 juli 2027".</param>
/// <param name="EerdereInstemming">The instemming that holds for this version's handelingsdeel because it was given on an earlier version with the same text, if so.</param>
public sealed record OppDocumentInhoud(
    Guid OppId,
    string LeerlingNaam,
    string SchoolNaam,
    VestigingCode Vestiging,
    SoortSchool SoortSchool,
    Aanleiding Aanleiding,
    DateOnly Startdatum,
    OppVersie Versie,
    IReadOnlyDictionary<Guid, string> Arrangementen,
    EerdereInstemming? EerdereInstemming) : IPdfDocument
{
    public DocumentTekst Tekst() => OppTekstOpsteller.Stel(this);

    /// <summary>Dated on the vaststelling (a concept on the day it was made), so the same version gives the same bytes.</summary>
    public Pdfbeschrijving Beschrijving() => new(
        $"{OppTekstOpsteller.Titel} {LeerlingNaam}, versie {Versie.Nummer}",
        SchoolNaam,
        Versie.VastgesteldOp ?? NederlandseDatum.Van(Versie.AangemaaktOp),
        $"opp/{OppId}/{Versie.Nummer}");
}

/// <summary>The ouders' instemming on version <paramref name="Versie"/>, whose handelingsdeel reads the same.</summary>
public sealed record EerdereInstemming(int Versie, OppInstemming Instemming);
