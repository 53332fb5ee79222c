using System.Globalization;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Portfolio.Evaluatie;
using PassendOnderwijs.Application.Portfolio.Tevredenheid;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>One row of the evaluation as a file: which part, about what, which figure, its value or why it has none.</summary>
internal sealed record Portfolioevaluatieregel(string Onderdeel, string Onderwerp, string Kengetal, decimal? Waarde, string? Toelichting);

/// <summary>
/// The evaluation as one long table, one row per figure, so a spreadsheet can filter and sum it; a hidden cell says
/// why it has no value. The same figures, in the same order, as the page and the PDF.
/// </summary>
internal static class Portfolioevaluatieregels
{
    /// <summary>A hidden cell can be small or hidden with a small one: which, the file does not say (that would tell).</summary>
    private const string Verborgen = "verborgen: klein aantal leerlingen";

    public static Tabel<Portfolioevaluatieregel> Tabel { get; } = new("portfolio-evaluatie",
    [
        new("Onderdeel", r => Cel.AlsTekst(r.Onderdeel)),
        new("Onderwerp", r => Cel.AlsTekst(r.Onderwerp)),
        new("Kengetal", r => Cel.AlsTekst(r.Kengetal)),
        new("Waarde", r => Cel.AlsGetal(r.Waarde)),
        new("Toelichting", r => Cel.AlsTekst(r.Toelichting)),
    ]);

    public static IReadOnlyList<Portfolioevaluatieregel> Van(PortfolioevaluatieDto e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var regels = new List<Portfolioevaluatieregel>();
        void Voeg(string onderdeel, string onderwerp, string kengetal, decimal? waarde, bool klein = false, string? toelichting = null) =>
            regels.Add(new(onderdeel, onderwerp, kengetal, waarde, waarde is null && klein ? Verborgen : toelichting));

        var regio = $"Regio {e.Regio}";
        Voeg("Inzet van experts", regio, "Leerlingen", e.Uren.Leerlingen, e.Uren.Klein);
        Voeg("Inzet van experts", regio, "Uren", e.Uren.Uren, e.Uren.Klein);
        foreach (var (onderdeel, cellen) in new[] { ("Uren per expertisegebied", e.Uren.PerExpertisegebied), ("Uren per school", e.Uren.PerSchool) })
        {
            foreach (var cel in cellen)
            {
                Voeg(onderdeel, cel.Naam, "Leerlingen", cel.Leerlingen, cel.Klein);
                Voeg(onderdeel, cel.Naam, "Uren", cel.Uren, cel.Klein);
            }
        }

        Voeg("Casuïstiek", regio, "Netwerkbesprekingen", e.Casuistiek.Netwerkbesprekingen);
        Voeg("Casuïstiek", regio, "Ingebrachte casussen", e.Casuistiek.Casussen, e.Casuistiek.Klein);
        foreach (var cel in e.Casuistiek.Uitkomsten)
        {
            Voeg("Uitkomst van casussen", cel.Naam, "Casussen", cel.Aantal, cel.Klein);
        }

        foreach (var cel in e.Casuistiek.AfgeslotenInzetten)
        {
            Voeg("Afgesloten inzetten", cel.Naam, "Inzetten", cel.Aantal, cel.Klein);
        }

        Voeg("Tevredenheid", regio, "Onderzoeken verstuurd", e.Tevredenheid.Verstuurd);
        Voeg("Tevredenheid", regio, "Beantwoord", e.Tevredenheid.Beantwoord);
        foreach (var groep in (e.Tevredenheid.Regio is { } geheel ? [geheel] : Array.Empty<TevredenheidsgroepDto>()).Concat(e.Tevredenheid.PerExpertisegebied))
        {
            foreach (var vraag in e.Tevredenheid.Vragen)
            {
                Voeg("Tevredenheid", groep.Naam, $"Gemiddelde: {TevredenheidsvraagCodes.Lijst.LabelVan(vraag)}", groep.Gemiddelden?.GetValueOrDefault(vraag),
                    toelichting: groep.Onderdrukt ? $"minder dan 5 antwoorden ({groep.Aantal.ToString(CultureInfo.InvariantCulture)})" : null);
            }
        }

        foreach (var m in e.Middelen)
        {
            Voeg("Middelen extra ondersteuning", m.Schoolbestuur, "Toegekend (euro)", m.Toegekend);
            Voeg("Middelen extra ondersteuning", m.Schoolbestuur, "Voor scholen in de regio (euro)", m.VoorScholenInRegio,
                toelichting: m.VoorScholenInRegio is null ? "niet per school verdeeld" : null);
            Voeg("Middelen extra ondersteuning", m.Schoolbestuur, "Besteed volgens verantwoording (euro)", m.Besteed, toelichting: m.VerantwoordingLabel);
        }

        foreach (var p in e.Projecten)
        {
            Voeg("Samenwerkingsprojecten", p.Titel, "Begroting (euro)", p.Begroting);
            Voeg("Samenwerkingsprojecten", p.Titel, "Besteed (euro)", p.Besteed, toelichting: p.Geevalueerd ? p.Resultaten : "nog niet geëvalueerd");
        }

        return regels;
    }
}
