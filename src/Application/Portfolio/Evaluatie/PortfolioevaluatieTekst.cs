using System.Globalization;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie;

/// <summary>The words of the evaluation for the regional board, in the order of the page; the PDF only lays them out.</summary>
internal static class PortfolioevaluatieTekst
{
    /// <summary>
    /// What a hidden cell says instead of its figure. Not "fewer than the drempel": a cell hidden with a small one can be
    /// any size, and saying which is which would give the small one away.
    /// </summary>
    public const string Verborgen = "verborgen";

    public static string Titel(PortfolioevaluatieDto e) => $"Evaluatie portfolio regio {e.Regio} {e.Jaar}";

    public static DocumentTekst Stel(PortfolioevaluatieDto e, DateOnly gemaaktOp)
    {
        ArgumentNullException.ThrowIfNull(e);
        var blokken = new List<Tekstblok>
        {
            new Alinea(
                $"Voor het regionaal bestuurlijk overleg (BOR). Over het kalenderjaar {e.Jaar}, gemaakt op {NederlandseDatum.Tekst(gemaaktOp)}. " +
                $"Een aantal van 1 tot en met {(e.Drempel - 1).ToString(CultureInfo.InvariantCulture)} leerlingen kan naar één kind wijzen: " +
                $"zo'n cel toont '{Verborgen}', en soms ook een cel ernaast, zodat het totaal hem niet verraadt."),
            new Tussenkop("Inzet van experts"),
            new Gegevens(
            [
                new Gegeven("Leerlingen", Aantal(e.Uren.Leerlingen)),
                new Gegeven("Uren", Uren(e.Uren.Uren)),
            ]),
            new Tussenkop("Per expertisegebied", 3),
            Urentabel("Expertisegebied", e.Uren.PerExpertisegebied),
            new Tussenkop("Per school", 3),
            Urentabel("School", e.Uren.PerSchool),
            new Tussenkop("Casuïstiek in de lokale netwerken"),
            new Gegevens(
            [
                new Gegeven("Netwerkbesprekingen", e.Casuistiek.Netwerkbesprekingen.ToString(CultureInfo.InvariantCulture)),
                new Gegeven("Ingebrachte casussen", Aantal(e.Casuistiek.Casussen)),
            ]),
            new Tussenkop("Uitkomsten van de casussen", 3),
            Teltabel("Uitkomst", e.Casuistiek.Uitkomsten),
            new Tussenkop("Afgesloten inzetten van experts", 3),
            Teltabel("Resultaat", e.Casuistiek.AfgeslotenInzetten),
        };
        blokken.AddRange(Tevredenheid(e.Tevredenheid));
        blokken.AddRange(Middelen(e.Middelen));
        blokken.AddRange(Projecten(e.Projecten));
        return new DocumentTekst(e.Samenwerkingsverband, Titel(e), blokken, $"Portfolio {e.Regio} {e.Jaar}");
    }

    private static Tabelblok Urentabel(string soort, IReadOnlyList<UrencelDto> cellen) =>
        new([new Tabelkolom(soort, 3), new Tabelkolom("Leerlingen", 1), new Tabelkolom("Uren", 1)],
            cellen.Count == 0
                ? [["Geen uren in dit jaar", "", ""]]
                : [.. cellen.Select(c => (IReadOnlyList<string>)[c.Naam, Aantal(c.Leerlingen), Uren(c.Uren)])]);

    private static Tabelblok Teltabel(string soort, IReadOnlyList<TelcelDto> cellen) =>
        new([new Tabelkolom(soort, 3), new Tabelkolom("Aantal", 1)],
            cellen.Count == 0 ? [["Geen in dit jaar", ""]] : [.. cellen.Select(c => (IReadOnlyList<string>)[c.Naam, Aantal(c.Aantal)])]);

    private static IEnumerable<Tekstblok> Tevredenheid(TevredenheidsoverzichtDto t)
    {
        yield return new Tussenkop("Tevredenheid van de scholen");
        yield return new Gegevens(
        [
            new Gegeven("Onderzoeken verstuurd", t.Verstuurd.ToString(CultureInfo.InvariantCulture)),
            new Gegeven("Beantwoord", t.Beantwoord.ToString(CultureInfo.InvariantCulture)),
        ]);
        yield return new Alinea("Gemiddelde score van 1 tot 5 per vraag; alleen bij 5 antwoorden of meer.");
        var groepen = (t.Regio is null ? [] : new[] { t.Regio with { Naam = "Hele regio" } }).Concat(t.PerExpertisegebied).ToList();
        var vragen = t.Vragen.Select(TevredenheidsvraagCodes.Lijst.LabelVan).ToList();
        yield return new Tabelblok(
            [new Tabelkolom("Groep", 2.4), new Tabelkolom("Antwoorden", 1.1), .. vragen.Select(v => new Tabelkolom(v, 1))],
            groepen.Count == 0
                ? [["Geen antwoorden in dit jaar", "", .. vragen.Select(_ => "")]]
                : [.. groepen.Select(g => (IReadOnlyList<string>)
                    [g.Naam, g.Aantal.ToString(CultureInfo.InvariantCulture), .. t.Vragen.Select(v => g.Gemiddelden?.GetValueOrDefault(v) is { } score ? Cijfer(score) : "-")])]);
    }

    private static IEnumerable<Tekstblok> Middelen(IReadOnlyList<MiddelenregelDto> middelen)
    {
        yield return new Tussenkop("Middelen extra ondersteuning");
        yield return new Tabelblok(
            [new Tabelkolom("Schoolbestuur", 2.4), new Tabelkolom("Toegekend", 1.3), new Tabelkolom("Voor scholen in de regio", 1.3),
             new Tabelkolom("Verantwoording", 1.6), new Tabelkolom("Besteed", 1.3)],
            middelen.Count == 0
                ? [["Geen middelen toegekend voor dit jaar", "", "", "", ""]]
                : [.. middelen.Select(m => (IReadOnlyList<string>)
                    [m.Schoolbestuur, Bedrag.Tekst(m.Toegekend), m.VoorScholenInRegio is { } deel ? Bedrag.Tekst(deel) : "niet per school verdeeld",
                     m.VerantwoordingLabel, m.Besteed is { } besteed ? Bedrag.Tekst(besteed) : "-"])]);
    }

    private static IEnumerable<Tekstblok> Projecten(IReadOnlyList<ProjectregelDto> projecten)
    {
        yield return new Tussenkop("Samenwerkingsprojecten");
        if (projecten.Count == 0)
        {
            yield return new Alinea("Geen samenwerkingsprojecten in dit jaar.");
        }

        foreach (var p in projecten)
        {
            yield return new Tussenkop(p.Titel, 3);
            yield return new Gegevens(
            [
                new Gegeven("Partners", p.Partners.Count == 0 ? "-" : string.Join(", ", p.Partners)),
                new Gegeven("Begroting", Bedrag.Tekst(p.Begroting)),
                new Gegeven("Besteed", p.Besteed is { } besteed ? Bedrag.Tekst(besteed) : "-"),
            ]);
            if (!p.Geevalueerd)
            {
                yield return new Alinea("Nog niet geëvalueerd over dit jaar.");
                continue;
            }

            yield return new Gegevens(
            [
                new Gegeven("Voortgang", p.Voortgang!),
                new Gegeven("Resultaten", p.Resultaten!),
                new Gegeven("Toegevoegde waarde", p.ToegevoegdeWaarde!),
            ]);
        }
    }

    private static string Aantal(int? aantal) => aantal?.ToString(CultureInfo.InvariantCulture) ?? Verborgen;

    private static string Uren(decimal? uren) => uren is { } u ? Getal(u) : Verborgen;

    private static string Cijfer(decimal score) => score.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Getal(decimal waarde) => waarde.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
