using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// "Hoe denk jij erover?": the ouders' own view on what their child needs, as the groeidocument asks it. Per IVO field
/// (the same five fields that describe the onderwijsbehoeften, so the school reads the ouders' words next to its own)
/// and one free text for what the ouders find important and what works at home. Every part is optional, but an
/// inbreng says at least something. Recorded with who gave it (the ouder's own account), when, and how sure we were
/// who signed in. It is the ouders' text: the school never edits it, it only reads it.
/// </summary>
public sealed record OppVisieVanOuders(
    string? AandachtEnTijd,
    string? Onderwijsmaterialen,
    string? RuimtelijkeOmgeving,
    string? Expertise,
    string? SamenwerkingMetAndereInstanties,
    string? WatWerktThuis,
    string Ouder,
    Actor GegevenDoor,
    DateTimeOffset GegevenOp,
    Betrouwbaarheidsniveau Betrouwbaarheidsniveau)
{
    public const int MaximaleLengte = 4000;

    /// <summary>The parts with their Dutch names, in the order of the groeidocument (IVO fields first); null when left empty.</summary>
    public IReadOnlyList<(string Naam, string? Tekst)> MetNamen() =>
    [
        ("Aandacht en tijd", AandachtEnTijd),
        ("Onderwijsmaterialen", Onderwijsmaterialen),
        ("Ruimtelijke omgeving", RuimtelijkeOmgeving),
        ("Expertise", Expertise),
        ("Samenwerking met andere instanties", SamenwerkingMetAndereInstanties),
        ("Wat de ouders belangrijk vinden en wat thuis werkt", WatWerktThuis),
    ];

    /// <summary>
    /// Reads what the ouder wrote, in the order of <see cref="MetNamen"/>: empty parts become null, each part at most
    /// <see cref="MaximaleLengte"/> characters, and at least one part filled in. Every problem at once.
    /// </summary>
    public static Result<IReadOnlyList<string?>> LeesTeksten(
        string? aandachtEnTijd,
        string? onderwijsmaterialen,
        string? ruimtelijkeOmgeving,
        string? expertise,
        string? samenwerkingMetAndereInstanties,
        string? watWerktThuis)
    {
        var teksten = new[]
        {
            Tekst.Optioneel(aandachtEnTijd, MaximaleLengte, "aandachtEnTijd"),
            Tekst.Optioneel(onderwijsmaterialen, MaximaleLengte, "onderwijsmaterialen"),
            Tekst.Optioneel(ruimtelijkeOmgeving, MaximaleLengte, "ruimtelijkeOmgeving"),
            Tekst.Optioneel(expertise, MaximaleLengte, "expertise"),
            Tekst.Optioneel(samenwerkingMetAndereInstanties, MaximaleLengte, "samenwerkingMetAndereInstanties"),
            Tekst.Optioneel(watWerktThuis, MaximaleLengte, "watWerktThuis"),
        };
        var fouten = teksten.SelectMany(t => t.Fouten).ToList();
        if (fouten.Count == 0 && teksten.All(t => t.Waarde is null))
        {
            fouten.Add(Fout.Ongeldig("visie-leeg", "Schrijf bij ten minste één onderdeel wat u ervan denkt.", "watWerktThuis"));
        }

        return fouten.Count > 0
            ? Result<IReadOnlyList<string?>>.Mislukt(fouten)
            : Result<IReadOnlyList<string?>>.Gelukt([.. teksten.Select(t => t.Waarde)]);
    }

    /// <summary>The ouder's view from the parts <see cref="LeesTeksten"/> read, with who gave it, when and at what assurance level.</summary>
    public static Result<OppVisieVanOuders> Van(IReadOnlyList<string?> teksten, Betrouwbaarheidsniveau niveau, Actor ouder, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(teksten);
        ArgumentNullException.ThrowIfNull(ouder);
        var gelezen = LeesTeksten(teksten.ElementAtOrDefault(0), teksten.ElementAtOrDefault(1), teksten.ElementAtOrDefault(2),
            teksten.ElementAtOrDefault(3), teksten.ElementAtOrDefault(4), teksten.ElementAtOrDefault(5));
        if (!gelezen.IsGelukt)
        {
            return Result<OppVisieVanOuders>.Mislukt(gelezen.Fouten);
        }

        var t = gelezen.Waarde;
        return new OppVisieVanOuders(t[0], t[1], t[2], t[3], t[4], t[5], ouder.Naam, ouder, nu, niveau);
    }
}
