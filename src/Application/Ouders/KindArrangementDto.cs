using System.Globalization;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>
/// An arrangement of the ouder's child in plain words (B1): what support, how much, who gives it, from and until when,
/// and where it stands. No codes, no onderbouwing, no staff notes or questions.
/// </summary>
/// <param name="Wat">The kind of support in words an ouder understands.</param>
/// <param name="Ondersteuning">What the support holds, per part in words (time and attention, materials, the room, expertise, working with others).</param>
/// <param name="Doelen">What the support should achieve, as the school wrote the goals.</param>
/// <param name="HoeVeel">How much, e.g. "40 uur" or "€ 1.500,00"; empty when the request named neither.</param>
/// <param name="Wie">Who gives the support, e.g. "De Brug (een sbo- of so-school)".</param>
/// <param name="Stand">Where it stands, in one sentence.</param>
public sealed record KindArrangementDto(
    Guid Id,
    string Wat,
    IReadOnlyList<string> Ondersteuning,
    IReadOnlyList<string> Doelen,
    string? HoeVeel,
    string Wie,
    DateOnly Vanaf,
    DateOnly TotEnMet,
    string Stand)
{
    public static KindArrangementDto Van(Arrangement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var hoeveel = new[]
        {
            a.Uren is { } uren ? $"{Nederlands(uren.ToString("#,0.##", CultureInfo.InvariantCulture))} uur" : null,
            a.Budget is { } budget ? $"€ {Nederlands(budget.ToString("#,0.00", CultureInfo.InvariantCulture))}" : null,
        }.OfType<string>().ToList();
        return new(
            a.Id,
            Soort(a.Soort),
            Onderdelen(a.Inhoud),
            a.Doelen.OrderBy(d => d.Nummer).Select(d => d.Omschrijving).ToList(),
            hoeveel.Count > 0 ? string.Join(" en ", hoeveel) : null,
            Uitvoerder(a.Uitvoerder),
            a.Startdatum ?? a.Ingangsdatum,
            a.BeeindigdOp ?? a.Einddatum,
            Beschrijf(a));
    }

    private static List<string> Onderdelen(IvoVelden inhoud) => new[]
    {
        ("Extra tijd en aandacht", inhoud.AandachtEnTijd),
        ("Materialen", inhoud.Onderwijsmaterialen),
        ("De ruimte en de omgeving", inhoud.RuimtelijkeOmgeving),
        ("Kennis en kunde", inhoud.Expertise),
        ("Samenwerking met anderen", inhoud.SamenwerkingMetAndereInstanties),
    }.Where(o => !string.IsNullOrWhiteSpace(o.Item2)).Select(o => $"{o.Item1}: {o.Item2}").ToList();

    // The API runs in globalization-invariant mode (no nl-NL culture): swap the invariant separators to Dutch ones.
    private static string Nederlands(string invariant) =>
        string.Concat(invariant.Select(c => c switch { ',' => '.', '.' => ',', _ => c }));

    public static string Soort(SoortArrangement soort) => soort switch
    {
        SoortArrangement.Onderwijsarrangement => "Extra ondersteuning op school",
        SoortArrangement.OnderwijsJeugdhulparrangement => "Extra ondersteuning op school, samen met jeugdhulp",
        SoortArrangement.InzetExpert => "Hulp van een deskundige",
        SoortArrangement.Middelen => "Hulpmiddelen of geld voor extra ondersteuning",
        SoortArrangement.DeeltijdplaatsingElders => "Een deel van de week les op een andere school",
        _ => "Ondersteuning bij slecht zien, slecht horen of moeite met taal en spraak",
    };

    private static string Uitvoerder(Uitvoerder u) => u.Soort switch
    {
        SoortUitvoerder.School => "De school van uw kind",
        SoortUitvoerder.SboSo => $"{u.Naam} (een school voor speciaal (basis)onderwijs)",
        SoortUitvoerder.Expert => $"{u.Naam} (een deskundige)",
        _ => $"{u.Naam} (een organisatie voor onderwijsbegeleiding)",
    };

    private static string Beschrijf(Arrangement a) => a.Status switch
    {
        ArrangementStatus.Aangevraagd or ArrangementStatus.InBehandeling => "De school heeft deze ondersteuning aangevraagd. Het samenwerkingsverband beslist nog.",
        ArrangementStatus.Toegekend => "Deze ondersteuning is toegekend. Ze begint binnenkort.",
        ArrangementStatus.Afgewezen => "Deze ondersteuning is niet toegekend.",
        ArrangementStatus.Actief => "Uw kind krijgt deze ondersteuning nu.",
        _ => a.BeeindigdOp is { } op ? $"Deze ondersteuning is gestopt op {NederlandseDatum.Tekst(op)}." : "Deze ondersteuning is gestopt.",
    };
}
