using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;

/// <summary>
/// Writes the text of a beschikking from its content, in plain Dutch (B1). The bezwaarclausule follows the Awb: 6 weeks
/// from the day after bekendmaking (art. 6:7 and 6:8), what a bezwaarschrift must contain (art. 6:5), and the advice of
/// the Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen that the SWV must ask before it decides.
/// </summary>
public static class BeschikkingTekstOpsteller
{
    public const string Titel = "Beschikking toelaatbaarheidsverklaring";

    public static DocumentTekst Stel(BeschikkingInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        Controleer(inhoud);

        var blokken = new List<Tekstblok>
        {
            new Gegevens([
                new Gegeven("Beschikkingsnummer", inhoud.Beschikkingsnummer),
                new Gegeven("Datum besluit", NederlandseDatum.Tekst(inhoud.Besluitdatum)),
            ]),
            new Tussenkop("Leerling"),
            new Gegevens([
                new Gegeven("Naam", inhoud.LeerlingNaam),
                new Gegeven("Geboortedatum", NederlandseDatum.Tekst(inhoud.LeerlingGeboortedatum)),
            ]),
            new Tussenkop("Besluit"),
        };
        blokken.AddRange(Besluit(inhoud));
        blokken.Add(new Tussenkop("Motivering"));
        blokken.AddRange(Alineas.Van(inhoud.Motivering));
        blokken.AddRange(Adviezen(inhoud.Adviezen));
        blokken.AddRange(Bezwaarclausule(inhoud));

        return new DocumentTekst(
            $"{inhoud.SwvNaam} (samenwerkingsverband {inhoud.SwvCode})",
            Titel,
            blokken,
            $"Beschikking {inhoud.Beschikkingsnummer}, {inhoud.SwvNaam}");
    }

    /// <summary>"van 1 augustus 2027 tot en met 31 juli 2029", or "vanaf 1 augustus 2027 (geen einddatum)".</summary>
    public static string Periode(DateOnly ingangsdatum, DateOnly? einddatum) => einddatum is { } eind
        ? $"van {NederlandseDatum.Tekst(ingangsdatum)} tot en met {NederlandseDatum.Tekst(eind)}"
        : $"vanaf {NederlandseDatum.Tekst(ingangsdatum)} (geen einddatum)";

    private static IEnumerable<Tekstblok> Besluit(BeschikkingInhoud inhoud)
    {
        var onderwijs = inhoud.Categorie is null ? inhoud.Soort : $"{inhoud.Soort}, {inhoud.Categorie}";
        if (!inhoud.Toelaatbaar)
        {
            yield return new Alinea($"{inhoud.LeerlingNaam} is niet toelaatbaar tot {onderwijs}. " +
                "Het samenwerkingsverband geeft daarom geen toelaatbaarheidsverklaring af.");
            yield return new Gegevens([
                new Gegeven("Besluit", "Niet toelaatbaar"),
                new Gegeven("Gevraagd onderwijs", inhoud.Soort),
            ]);
            yield break;
        }

        var periode = Periode(inhoud.Ingangsdatum!.Value, inhoud.Einddatum);
        yield return new Alinea($"{inhoud.LeerlingNaam} is toelaatbaar tot {onderwijs}. " +
            $"Deze toelaatbaarheidsverklaring geldt {periode}.");
        var rijen = new List<Gegeven> { new("Besluit", "Toelaatbaar"), new("Soort onderwijs", inhoud.Soort) };
        if (inhoud.Categorie is not null)
        {
            rijen.Add(new Gegeven("Categorie", inhoud.Categorie));
        }

        rijen.Add(new Gegeven("Periode", periode));
        yield return new Gegevens(rijen);
    }

    private static IEnumerable<Tekstblok> Adviezen(IReadOnlyList<AdviesInBeschikking> adviezen)
    {
        yield return new Tussenkop("Adviezen van deskundigen");
        yield return new Alinea($"Voor dit besluit hebben {Aantal(adviezen.Count)} deskundigen advies gegeven, " +
            "ieder apart. Dit is wat zij adviseerden.");
        for (var i = 0; i < adviezen.Count; i++)
        {
            var advies = adviezen[i];
            yield return new Tussenkop($"Advies {i + 1}: {advies.Discipline}", 3);
            yield return new Gegevens([
                new Gegeven("Deskundige", advies.DeskundigeNaam),
                new Gegeven("Discipline", advies.Discipline),
                new Gegeven("Datum advies", NederlandseDatum.Tekst(advies.Datum)),
                new Gegeven("Conclusie", advies.Toelaatbaar ? "Toelaatbaar" : "Niet toelaatbaar"),
            ]);
            foreach (var alinea in Alineas.Van(advies.Conclusie))
            {
                yield return alinea;
            }
        }
    }

    private static IEnumerable<Tekstblok> Bezwaarclausule(BeschikkingInhoud inhoud)
    {
        var adres = string.IsNullOrWhiteSpace(inhoud.SwvPostadres)
            ? "het adres van het samenwerkingsverband"
            : string.Join(", ", inhoud.SwvPostadres.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        yield return new Tussenkop("Bent u het niet eens met dit besluit?");
        yield return new Alinea("Dan kunt u bezwaar maken. Dat doet u binnen 6 weken na de dag waarop dit besluit " +
            "bekend is gemaakt. Het besluit is bekend gemaakt op de dag dat het samenwerkingsverband het naar de ouders " +
            "en de school stuurde.");
        yield return new Alinea($"Stuur uw bezwaarschrift naar {inhoud.SwvNaam}, {adres}.");
        yield return new Puntenlijst("In uw bezwaarschrift staan:", [
            "uw naam en adres;",
            "de datum;",
            $"het beschikkingsnummer: {inhoud.Beschikkingsnummer};",
            "waarom u het niet eens bent met dit besluit;",
            "uw handtekening.",
        ]);
        yield return new Alinea($"Voordat {inhoud.SwvNaam} over uw bezwaar beslist, vraagt het samenwerkingsverband advies " +
            "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT).");
    }

    private static string Aantal(int aantal) => aantal switch
    {
        2 => "twee",
        3 => "drie",
        _ => aantal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A beschikking that contradicts itself is a programming error of the caller, not bad input of a user.</summary>
    private static void Controleer(BeschikkingInhoud inhoud)
    {
        if (inhoud.Toelaatbaar && inhoud.Ingangsdatum is null)
        {
            throw new ArgumentException("A toelaatbaar beschikking needs an ingangsdatum.", nameof(inhoud));
        }

        if (!inhoud.Toelaatbaar && (inhoud.Ingangsdatum is not null || inhoud.Einddatum is not null || inhoud.Categorie is not null))
        {
            throw new ArgumentException("A niet-toelaatbaar beschikking has no period and no categorie.", nameof(inhoud));
        }

        if (inhoud.Einddatum < inhoud.Ingangsdatum)
        {
            throw new ArgumentException("The einddatum lies before the ingangsdatum.", nameof(inhoud));
        }

        // The law asks for two separate advices before a TLV decision; a beschikking without them cannot be defended.
        if (inhoud.Adviezen.Count < 2)
        {
            throw new ArgumentException("A beschikking quotes (at least) the two deskundigenadviezen.", nameof(inhoud));
        }

        if (string.IsNullOrWhiteSpace(inhoud.Motivering))
        {
            throw new ArgumentException("A beschikking needs its motivering.", nameof(inhoud));
        }
    }
}
