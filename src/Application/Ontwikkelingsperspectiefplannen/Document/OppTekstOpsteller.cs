using System.Globalization;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;

/// <summary>
/// Writes the text of one OPP version in plain Dutch (B1): the pupil and the school, where the version stands, every
/// part of the content with its label from the domain's code lists (never a code), the procedure (overleg, hoorrecht)
/// and where the ouders' instemming with the handelingsdeel stands; while it is not given, lines to sign on paper.
/// </summary>
public static class OppTekstOpsteller
{
    public const string Titel = "Ontwikkelingsperspectiefplan";

    private const string NietIngevuld = "Nog niet ingevuld.";


    public static DocumentTekst Stel(OppDocumentInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var versie = inhoud.Versie;
        var plan = versie.Inhoud;
        var blokken = new List<Tekstblok>
        {
            new Gegevens([
                new Gegeven("Leerling", inhoud.LeerlingNaam),
                new Gegeven("School", $"{inhoud.SchoolNaam} (vestiging {inhoud.Vestiging.Waarde})"),
                new Gegeven("Soort school", SoortSchoolCodes.Lijst.Label(inhoud.SoortSchool)),
                new Gegeven("Versie", versie.Nummer.ToString(CultureInfo.InvariantCulture)),
                new Gegeven("Status", Status(versie)),
                new Gegeven("Aanleiding", AanleidingCodes.Lijst.Label(inhoud.Aanleiding)),
                new Gegeven("Startdatum", NederlandseDatum.Tekst(inhoud.Startdatum)),
            ]),
            new Tussenkop("Verwachte uitstroombestemming"),
            new Gegevens([new Gegeven("Uitstroombestemming",
                plan.Uitstroombestemming is { } bestemming ? UitstroombestemmingCodes.Lijst.Label(bestemming) : NietIngevuld)]),
            new Tussenkop("Onderbouwing", 3),
        };
        blokken.AddRange(Tekst(plan.OnderbouwingUitstroom));
        blokken.Add(new Tussenkop("Bevorderende factoren", 3));
        blokken.AddRange(Tekst(plan.BevorderendeFactoren));
        blokken.Add(new Tussenkop("Belemmerende factoren", 3));
        blokken.AddRange(Tekst(plan.BelemmerendeFactoren));
        blokken.AddRange(Afwijkingen(plan.Afwijkingen));
        blokken.AddRange(Handelingsdeel(plan.Handelingsdeel, inhoud.Arrangementen));
        blokken.AddRange(VisieVanOuders(plan.VisieVanOuders));
        blokken.AddRange(Procedure(versie));
        blokken.AddRange(Instemming(versie, inhoud.EerdereInstemming));

        return new DocumentTekst(
            $"{inhoud.SchoolNaam} ({SoortSchoolCodes.Lijst.LabelInZin(inhoud.SoortSchool)})",
            Titel,
            blokken,
            $"Ontwikkelingsperspectiefplan {inhoud.LeerlingNaam}, versie {versie.Nummer}");
    }

    /// <summary>"Vastgesteld op 14 maart 2027 door J. de Boer", "Concept, nog niet vastgesteld", or replaced by a later version.</summary>
    private static string Status(OppVersie versie)
    {
        var vastgesteld = versie.VastgesteldOp is { } op
            ? $"vastgesteld op {NederlandseDatum.Tekst(op)}{(versie.VastgesteldDoor is { } door ? $" door {door.Naam}" : "")}"
            : null;
        return versie.Status switch
        {
            Versiestatus.Concept => "Concept, nog niet vastgesteld",
            Versiestatus.Vastgesteld => Zin(vastgesteld!),
            _ => $"{VersiestatusCodes.Lijst.Label(Versiestatus.Vervangen)}; {vastgesteld}",
        };
    }

    private static IEnumerable<Tekstblok> Afwijkingen(IReadOnlyList<Afwijking> afwijkingen)
    {
        yield return new Tussenkop("Afwijkingen van het onderwijsprogramma");
        if (afwijkingen.Count == 0)
        {
            yield return new Alinea("De leerling volgt het gewone onderwijsprogramma; er zijn geen afwijkingen.");
            yield break;
        }

        foreach (var afwijking in afwijkingen)
        {
            yield return new Tussenkop(afwijking.Vakgebied, 3);
            yield return new Gegevens([
                new Gegeven("Leerlijn", afwijking.Leerlijn),
                new Gegeven("Niveau", afwijking.Niveau ?? "Niet opgegeven"),
            ]);
        }
    }

    private static IEnumerable<Tekstblok> Handelingsdeel(Handelingsdeel deel, IReadOnlyDictionary<Guid, string> arrangementen)
    {
        yield return new Tussenkop("Handelingsdeel");
        yield return new Alinea("Het handelingsdeel zegt wat de school met de leerling wil bereiken en welke ondersteuning de " +
            "leerling daarvoor krijgt. De ouders moeten met dit deel instemmen.");
        yield return new Tussenkop("Doelen", 3);
        if (deel.Doelen.Count == 0)
        {
            yield return new Alinea(NietIngevuld);
        }

        // Long term first, then short term, then the tussendoelen; within each in the order the school wrote them.
        foreach (var termijn in Enum.GetValues<Doeltermijn>())
        {
            var doelen = deel.Doelen.Where(d => d.Termijn == termijn).ToList();
            if (doelen.Count > 0)
            {
                yield return new Puntenlijst($"{DoeltermijnCodes.Lijst.Label(termijn)}:", [.. doelen.Select(d => $"{d.Domein}: {d.Omschrijving}")]);
            }
        }

        yield return new Tussenkop("Ondersteuning", 3);
        if (deel.Ondersteuning.Count == 0)
        {
            yield return new Alinea(NietIngevuld);
        }

        foreach (var afspraak in deel.Ondersteuning)
        {
            var rijen = new List<Gegeven> { new("Wat", afspraak.Wat), new("Door wie", afspraak.DoorWie), new("Hoeveel", afspraak.Omvang) };
            if (afspraak.ArrangementId is { } id)
            {
                rijen.Add(new Gegeven("Arrangement", arrangementen.GetValueOrDefault(id, "Een arrangement van de leerling")));
            }

            yield return new Gegevens(rijen);
        }

        yield return new Tussenkop("Evaluatiemomenten", 3);
        yield return deel.Evaluatiemomenten.Count == 0
            ? new Alinea(NietIngevuld)
            : new Puntenlijst("De school bespreekt de voortgang met de ouders op:", [.. deel.Evaluatiemomenten.Order().Select(NederlandseDatum.Tekst)]);

        if (deel.PlanVanAanpak is { } plan)
        {
            yield return new Tussenkop("Plan van aanpak", 3);
            if (plan.Doelen.Count > 0)
            {
                yield return new Puntenlijst("Doelen van de inzet:", plan.Doelen);
            }

            foreach (var interventie in plan.Interventies)
            {
                yield return new Gegevens([
                    new Gegeven("Interventie", interventie.Wat),
                    new Gegeven("Wie", interventie.Wie),
                    new Gegeven("Wanneer", $"van {NederlandseDatum.Tekst(interventie.Van)} tot en met {NederlandseDatum.Tekst(interventie.Tot)}"),
                ]);
            }

            if (plan.ExpertUren is { } uren)
            {
                yield return new Gegevens([new Gegeven("Uren van de expert", NederlandsGetal.Tekst(uren))]);
            }
        }
    }

    private static IEnumerable<Tekstblok> Procedure(OppVersie versie)
    {
        yield return new Tussenkop("Overleg met de ouders");
        if (versie.Overleg is { } overleg)
        {
            yield return new Gegevens([
                new Gegeven("Datum", NederlandseDatum.Tekst(overleg.Datum)),
                new Gegeven("Deelnemers", overleg.Deelnemers),
            ]);
            yield return new Tussenkop("Uitkomst", 3);
            foreach (var alinea in Alineas.Van(overleg.Uitkomst))
            {
                yield return alinea;
            }
        }
        else
        {
            yield return new Alinea("Het overleg met de ouders over deze versie is nog niet vastgelegd.");
        }

        yield return new Tussenkop("Hoorrecht van de leerling");
        if (versie.Hoorrecht is { } hoorrecht)
        {
            yield return new Gegevens([new Gegeven("Gehoord", hoorrecht.Gehoord && hoorrecht.Datum is { } datum ? $"Ja, op {NederlandseDatum.Tekst(datum)}" : "Nee")]);
            yield return new Tussenkop(hoorrecht.Gehoord ? "Wat de leerling vertelde" : "Waarom de leerling niet is gehoord", 3);
            foreach (var alinea in Alineas.Van(hoorrecht.Toelichting))
            {
                yield return alinea;
            }
        }
        else
        {
            yield return new Alinea("Het hoorrecht van de leerling is voor deze versie nog niet vastgelegd.");
        }
    }

    /// <summary>
    /// Where the ouders' instemming with this version's handelingsdeel stands. While it is not given on this text, and
    /// the version can still get it (a concept, or the version that holds), lines for the ouders and the school to sign.
    /// </summary>
    private static IEnumerable<Tekstblok> Instemming(OppVersie versie, EerdereInstemming? eerder)
    {
        yield return new Tussenkop("Instemming van de ouders met het handelingsdeel");
        var antwoord = versie.Instemming;
        var geldig = antwoord is not null && antwoord.Vingerafdruk == versie.Vingerafdruk;
        if (antwoord is not null && geldig)
        {
            yield return new Gegevens(Antwoord(antwoord));
        }
        else if (eerder is not null)
        {
            yield return new Alinea($"De ouders stemden in met het handelingsdeel van versie {eerder.Versie}. Het handelingsdeel " +
                "is daarna niet veranderd, dus die instemming geldt ook voor deze versie.");
            yield return new Gegevens(Antwoord(eerder.Instemming));
        }
        else if (antwoord is not null)
        {
            yield return new Alinea($"De ouders antwoordden op {NederlandseDatum.Tekst(antwoord.Datum)} op een eerdere tekst van het " +
                "handelingsdeel. Dat antwoord geldt niet voor deze tekst: de ouders moeten opnieuw instemmen.");
        }
        else
        {
            yield return new Gegevens([new Gegeven("Instemming", "Nog niet gevraagd of nog niet vastgelegd")]);
        }

        var gegeven = (geldig && antwoord!.Gegeven) || eerder is not null;
        if (!gegeven && versie.Status != Versiestatus.Vervangen)
        {
            yield return new Ondertekening(
                "Ondertekening",
                $"De ouders stemmen in met het handelingsdeel van versie {versie.Nummer} van dit ontwikkelingsperspectiefplan.",
                ["Ouder of verzorger", "Ouder of verzorger", "Namens de school"]);
        }
    }

    /// <summary>
    /// "Hoe denk jij erover?": the ouders' own words on what their child needs, as this version took them in, with who
    /// gave them and when. Only the parts they filled in; a version without their view says so.
    /// </summary>
    private static IEnumerable<Tekstblok> VisieVanOuders(OppVisieVanOuders? visie)
    {
        yield return new Tussenkop("Visie van de ouders");
        if (visie is null)
        {
            yield return new Alinea("De ouders hebben in het ouderportaal (nog) geen visie gegeven.");
            yield break;
        }

        yield return new Alinea($"In hun eigen woorden, gegeven door {visie.Ouder} in het ouderportaal op {NederlandseDatum.Tekst(NederlandseDatum.Van(visie.GegevenOp))}.");
        foreach (var (naam, tekst) in visie.MetNamen().Where(d => d.Tekst is not null))
        {
            yield return new Tussenkop(naam, 3);
            foreach (var blok in Alineas.Van(tekst!))
            {
                yield return blok;
            }
        }
    }

    private static List<Gegeven> Antwoord(OppInstemming antwoord)
    {
        var rijen = new List<Gegeven>
        {
            new("Instemming", antwoord.Gegeven ? "Gegeven" : "Geweigerd"),
            new("Datum", NederlandseDatum.Tekst(antwoord.Datum)),
            new("Door", antwoord.Ouder),
            new("Hoe", InstemmingswijzeCodes.Lijst.Label(antwoord.Wijze)),
        };

        if (!antwoord.Gegeven)
        {
            rijen.Add(new Gegeven("Reden", antwoord.Reden ?? "Niet opgegeven"));
        }

        // An answer in the portal was given by the ouder's own sign-in: how sure we were who that was belongs with it.
        if (antwoord.Betrouwbaarheidsniveau is { } niveau)
        {
            rijen.Add(new Gegeven("Betrouwbaarheidsniveau", $"{BetrouwbaarheidsniveauCodes.Lijst.Label(niveau)}, eIDAS"));
        }

        if (antwoord.Wijze == Instemmingswijze.DigitaalInPortaal)
        {
            rijen.Add(new Gegeven("Vastgelegd", $"Door de ouder zelf, aangemeld in het ouderportaal, op precies deze tekst van het handelingsdeel"));
        }

        return rijen;
    }

    /// <summary>A text the school typed, in its paragraphs; a part left empty in a concept says so.</summary>
    private static IEnumerable<Tekstblok> Tekst(string? tekst) =>
        string.IsNullOrWhiteSpace(tekst) ? [new Alinea(NietIngevuld)] : Alineas.Van(tekst);

    private static string Zin(string tekst) => string.Concat(tekst[..1].ToUpperInvariant(), tekst[1..]);
}
