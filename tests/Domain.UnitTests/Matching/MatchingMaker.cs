using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Matching;

/// <summary>Snapshots to match with: SWV PO2705, the pupil in postcode area 3811, peildatum 14 maart 2027.</summary>
internal static class MatchingMaker
{
    public static readonly DateOnly Peildatum = new(2027, 3, 14);

    public static SwvCode Swv => SwvCode.Parse("PO2705").Waarde;

    public static ExpertiseCode Slechthorendheid => ExpertiseCode.Parse("SLECHTHORENDHEID").Waarde;

    public static ExpertiseCode Doofheid => ExpertiseCode.Parse("DOOFHEID").Waarde;

    /// <summary>Levels in the order of the IVO model: aandacht en tijd, materialen, ruimte, expertise, samenwerking.</summary>
    public static IvoNiveaus Niveaus(int? aandachtEnTijd, int? onderwijsmaterialen, int? ruimtelijkeOmgeving, int? expertise, int? samenwerking) =>
        IvoNiveaus.Van(aandachtEnTijd, onderwijsmaterialen, ruimtelijkeOmgeving, expertise, samenwerking, "niveaus").Waarde;

    public static Schoolprofiel School(string vestiging, SoortSchool soort, IvoNiveaus biedt, string? regio = "Noord", string? netwerk = "Stad") =>
        new(VestigingCode.Parse(vestiging).Waarde, $"School {vestiging}", soort, regio, netwerk, biedt);

    public static Hulpvraag Vraag(IvoNiveaus behoeften, Schoolprofiel huidige, params ExpertiseCode[] expertises) =>
        new(behoeften, expertises, Swv, "3811", huidige);

    public static Werkgebied Gebied(string[] samenwerkingsverbanden, string[] postcodegebieden) =>
        Werkgebied.Van(samenwerkingsverbanden, postcodegebieden).Waarde;

    public static Werkgebied InSwv => Gebied(["PO2705"], []);

    public static Aanbodregel Regel(ExpertiseCode expertise, Werkgebied werkgebied, int? capaciteit = null, DateOnly? van = null, DateOnly? tot = null) =>
        new(expertise, Periode.Van(van ?? new DateOnly(2026, 8, 1), tot).Waarde, werkgebied, capaciteit);

    /// <summary>In bedrijf since 2020, licensed for exactly the expertises of its aanbod.</summary>
    public static Aanbiederprofiel Aanbieder(string code, params Aanbodregel[] aanbod) =>
        new(ObaCode.Parse(code).Waarde, $"Aanbieder {code}", new DateOnly(2020, 8, 1), null, [.. aanbod.Select(a => a.Expertise.Waarde).Distinct()], aanbod);

    public static Result<Settingadvies> Wijs(
        Hulpvraag vraag,
        IReadOnlyList<Schoolprofiel>? scholen = null,
        IReadOnlyList<Arrangementinhoud>? arrangementen = null,
        IReadOnlyList<Aanbiederprofiel>? aanbieders = null) =>
        Settingwijzer.Wijs(vraag, scholen ?? [], arrangementen ?? [], aanbieders ?? [], Peildatum);

    public static Settingadvies Advies(
        Hulpvraag vraag,
        IReadOnlyList<Schoolprofiel>? scholen = null,
        IReadOnlyList<Arrangementinhoud>? arrangementen = null,
        IReadOnlyList<Aanbiederprofiel>? aanbieders = null) =>
        Wijs(vraag, scholen, arrangementen, aanbieders).Waarde;
}
