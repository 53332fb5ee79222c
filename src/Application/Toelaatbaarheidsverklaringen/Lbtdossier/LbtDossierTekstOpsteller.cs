using System.Globalization;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;

/// <summary>
/// Writes the dossier the SWV sends to the LBT with a bezwaar, in plain Dutch: a first page with the case, its terms and
/// the table of contents, then each document on pages of its own, in the order of the LBT procedure. The bezwaarschrift
/// and the verweerschrift are not stored by the application: the table of contents says they are to be added, it never
/// pretends to hold them.
/// </summary>
public static class LbtDossierTekstOpsteller
{
    public const string Titel = "Dossier voor de Landelijke Bezwaaradviescommissie";

    private const string AanTeLeveren = "aan te leveren door het samenwerkingsverband, apart van dit dossier";

    private static readonly string Aanvraag = BezwaarstukCodes.Lijst.Label(Bezwaarstuk.Aanvraag);
    private static readonly string Adviezen = BezwaarstukCodes.Lijst.Label(Bezwaarstuk.Deskundigenadviezen);
    private static readonly string Besluit = BezwaarstukCodes.Lijst.Label(Bezwaarstuk.Besluit);
    private static readonly string ProcedureEnCriteria = BezwaarstukCodes.Lijst.Label(Bezwaarstuk.ProcedureEnCriteria);

    public static DocumentTekst Stel(LbtDossierInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var blokken = new List<Tekstblok>();
        blokken.AddRange(Voorblad(inhoud));
        blokken.AddRange(AanvraagDeel(inhoud.Aanvraag));
        blokken.AddRange(AdviezenDeel(inhoud.Adviezen, inhoud.Aanvraag.Ingangsdatum));
        blokken.AddRange(BesluitDeel(inhoud));
        blokken.AddRange(ProcedureDeel(inhoud.ProcedureEnCriteria));
        return new DocumentTekst(
            $"{inhoud.SwvNaam} (samenwerkingsverband {inhoud.SwvCode})",
            Titel,
            blokken,
            $"Dossier LBT bij beschikking {inhoud.Beschikkingsnummer}, {inhoud.SwvNaam}");
    }

    private static IEnumerable<Tekstblok> Voorblad(LbtDossierInhoud inhoud)
    {
        var bezwaar = inhoud.Bezwaar;
        yield return new Alinea($"Dit dossier hoort bij het bezwaar tegen beschikking {inhoud.Beschikkingsnummer}. Het samenwerkingsverband " +
            "stuurt het naar de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) en naar wie bezwaar maakte.");
        yield return new Gegevens([
            new Gegeven("Samenwerkingsverband", $"{inhoud.SwvNaam} ({inhoud.SwvCode})"),
            new Gegeven("Beschikkingsnummer", inhoud.Beschikkingsnummer),
        ]);
        yield return new Tussenkop("Leerling");
        yield return new Gegevens([
            new Gegeven("Naam", inhoud.LeerlingNaam),
            new Gegeven("Geboortedatum", NederlandseDatum.Tekst(inhoud.LeerlingGeboortedatum)),
        ]);
        yield return new Tussenkop("Bezwaar");
        yield return new Gegevens([
            new Gegeven("Ingediend door", $"{bezwaar.IndienerNaam} ({bezwaar.Indiener})"),
            new Gegeven("Ontvangen op", NederlandseDatum.Tekst(bezwaar.OntvangenOp)),
            new Gegeven("Besluit bekendgemaakt", NederlandseDatum.Tekst(bezwaar.BekendgemaaktOp)),
            new Gegeven("Bezwaartermijn", $"tot en met {NederlandseDatum.Tekst(bezwaar.EindeBezwaartermijn)}"),
            new Gegeven("Op tijd", OpTijd(bezwaar)),
        ]);
        yield return new Tussenkop("Termijnen");
        yield return new Gegevens([
            new Gegeven("LBT om advies vragen", bezwaar.LbtGevraagdOp is { } gevraagd
                ? $"uiterlijk {NederlandseDatum.Tekst(bezwaar.LbtAdviesaanvraagUiterlijk)}; gedaan op {NederlandseDatum.Tekst(gevraagd)}"
                : $"uiterlijk {NederlandseDatum.Tekst(bezwaar.LbtAdviesaanvraagUiterlijk)}"),
            new Gegeven("Beslissen op bezwaar", $"uiterlijk {NederlandseDatum.Tekst(bezwaar.BeslissenUiterlijk)}"),
            new Gegeven("Verdaging", bezwaar.Verdaging is { } reden
                ? $"Ja, met {TlvTermijnen.VerdagingWeken} weken. Reden: {reden}"
                : "Nee, de beslistermijn is niet verdaagd"),
        ]);
        yield return new Tussenkop("Inhoud");
        yield return new Inhoudsopgave([
            new Inhoudsregel(BezwaarstukCodes.Lijst.Label(Bezwaarstuk.Bezwaarschrift), null, AanTeLeveren),
            new Inhoudsregel(BezwaarstukCodes.Lijst.Label(Bezwaarstuk.Verweerschrift), null, AanTeLeveren),
            new Inhoudsregel(Aanvraag, Aanvraag),
            new Inhoudsregel(Adviezen, Adviezen),
            new Inhoudsregel(Besluit, Besluit),
            new Inhoudsregel(ProcedureEnCriteria, ProcedureEnCriteria),
        ]);
        yield return new Alinea("Het bezwaarschrift en het verweerschrift staan niet in deze applicatie. Het samenwerkingsverband " +
            "stuurt ze apart mee. De andere stukken komen uit het dossier van de toelaatbaarheidsverklaring.");
    }

    private static string OpTijd(BezwaarInDossier bezwaar) => (bezwaar.TeLaat, bezwaar.Verschoning) switch
    {
        (false, _) => "Ja",
        (true, { } verschoning) => $"Nee, te laat. De termijnoverschrijding is verschoonbaar: {verschoning}",
        (true, null) => "Nee, te laat. Het samenwerkingsverband heeft (nog) niet vastgelegd waarom dit verschoonbaar is",
    };

    private static IEnumerable<Tekstblok> AanvraagDeel(AanvraagInDossier aanvraag)
    {
        yield return new Hoofdstuk(Aanvraag);
        var rijen = new List<Gegeven>
        {
            new("Aangevraagd op", NederlandseDatum.Tekst(aanvraag.AangevraagdOp)),
            new("Aanvragende school", $"vestiging {aanvraag.AanvragendeVestiging}"),
            new("Gevraagd onderwijs", aanvraag.Gevraagd),
        };
        rijen.Add(new Gegeven("Beoogde school", aanvraag.BeoogdeSchoolInSamenwerkingsverband
            ? $"{aanvraag.BeoogdeSchool} (vestiging {aanvraag.BeoogdeVestiging})"
            : $"{aanvraag.BeoogdeSchool} (vestiging {aanvraag.BeoogdeVestiging}, buiten het samenwerkingsverband)"));
        rijen.Add(new Gegeven("Gevraagde periode", aanvraag.Einddatum is { } eind
            ? BeschikkingTekstOpsteller.Periode(aanvraag.Ingangsdatum, eind)
            : $"vanaf {NederlandseDatum.Tekst(aanvraag.Ingangsdatum)}, voor de gebruikelijke duur"));
        yield return new Gegevens(rijen);

        yield return new Tussenkop("Onderwijsbehoeften", 3);
        yield return new Gegevens([.. aanvraag.Onderwijsbehoeften.Select(v => new Gegeven(v.Naam, v.Tekst ?? "Niet beschreven"))]);
        yield return new Tussenkop("Basisondersteuning", 3);
        foreach (var alinea in Alineas.Van(aanvraag.Basisondersteuning))
        {
            yield return alinea;
        }

        yield return new Tussenkop("Extra ondersteuning en arrangementen", 3);
        foreach (var alinea in Alineas.Van(aanvraag.ExtraOndersteuning))
        {
            yield return alinea;
        }

        if (aanvraag.Arrangementen > 0)
        {
            yield return new Alinea(aanvraag.Arrangementen == 1
                ? "De school heeft 1 arrangement aan de aanvraag gekoppeld."
                : string.Create(CultureInfo.InvariantCulture, $"De school heeft {aanvraag.Arrangementen} arrangementen aan de aanvraag gekoppeld."));
        }

        yield return new Tussenkop("Visie van de ouders", 3);
        foreach (var alinea in Alineas.Van(aanvraag.VisieOuders))
        {
            yield return alinea;
        }

        yield return new Tussenkop("Visie van de leerling", 3);
        foreach (var alinea in Alineas.Van(aanvraag.VisieLeerling))
        {
            yield return alinea;
        }
    }

    private static IEnumerable<Tekstblok> AdviezenDeel(IReadOnlyList<AdviesInDossier> adviezen, DateOnly gevraagdeIngangsdatum)
    {
        yield return new Hoofdstuk(Adviezen);
        yield return new Alinea("Twee deskundigen gaven ieder apart advies. Dit zijn hun adviezen, volledig.");
        foreach (var advies in adviezen)
        {
            yield return new Tussenkop($"{advies.Plek}: {advies.Discipline}", 3);
            var rijen = new List<Gegeven>
            {
                new("Deskundige", advies.Naam),
                new("Discipline", advies.Discipline),
                new("Werkgever", advies.Werkgever),
                new("Registratie", advies.Registratie ?? "Niet opgegeven"),
                new("Datum advies", NederlandseDatum.Tekst(advies.Datum)),
                new("Conclusie", advies.Toelaatbaar ? "Toelaatbaar" : "Niet toelaatbaar"),
            };
            if (advies.Toelaatbaar)
            {
                rijen.Add(new Gegeven("Geadviseerd onderwijs", advies.Categorie is null ? advies.Soort ?? "" : $"{advies.Soort}, {advies.Categorie}"));
                rijen.Add(new Gegeven("Geadviseerde duur", advies.Einddatum is { } eind
                    ? BeschikkingTekstOpsteller.Periode(gevraagdeIngangsdatum, eind)
                    : "Geen einddatum geadviseerd"));
            }

            yield return new Gegevens(rijen);
            foreach (var alinea in Benoemd("Onderwijsbehoeften", advies.MotiveringOnderwijsbehoeften)
                .Concat(Benoemd("Wat de reguliere school kan bieden", advies.MotiveringRegulier))
                .Concat(Benoemd("Waarom de beoogde school wel of niet past", advies.MotiveringBeoogdeSchool)))
            {
                yield return alinea;
            }
        }
    }

    private static IEnumerable<Tekstblok> BesluitDeel(LbtDossierInhoud inhoud)
    {
        var besluit = inhoud.Besluit;
        yield return new Hoofdstuk(Besluit);
        var rijen = new List<Gegeven>
        {
            new("Beschikkingsnummer", inhoud.Beschikkingsnummer),
            new("Datum besluit", NederlandseDatum.Tekst(besluit.Besluitdatum)),
            new("Besluit", besluit.Toelaatbaar ? "Toelaatbaar" : "Niet toelaatbaar"),
            new("Soort onderwijs", besluit.Soort),
        };
        if (besluit.Categorie is not null)
        {
            rijen.Add(new Gegeven("Categorie", besluit.Categorie));
        }

        if (besluit.Ingangsdatum is { } ingang)
        {
            rijen.Add(new Gegeven("Periode", BeschikkingTekstOpsteller.Periode(ingang, besluit.Einddatum)));
        }

        rijen.Add(new Gegeven("Bekendgemaakt op", NederlandseDatum.Tekst(inhoud.Bezwaar.BekendgemaaktOp)));
        yield return new Gegevens(rijen);
        yield return new Tussenkop("Motivering", 3);
        foreach (var alinea in Alineas.Van(besluit.Motivering))
        {
            yield return alinea;
        }

        yield return new Tussenkop("Afwijking van advies", 3);
        if (besluit.AfwijkingVanAdvies is { } afwijking)
        {
            foreach (var alinea in Alineas.Van(afwijking))
            {
                yield return alinea;
            }
        }
        else
        {
            yield return new Alinea("Het besluit wijkt niet af van de adviezen van de deskundigen.");
        }

        if (besluit.RedenAfwijkendeDuur is { } duur)
        {
            yield return new Tussenkop("Afwijkende duur", 3);
            foreach (var alinea in Alineas.Van(duur))
            {
                yield return alinea;
            }
        }
    }

    private static IEnumerable<Tekstblok> ProcedureDeel(string? procedureEnCriteria)
    {
        yield return new Hoofdstuk(ProcedureEnCriteria);
        if (string.IsNullOrWhiteSpace(procedureEnCriteria))
        {
            yield return new Alinea("Het samenwerkingsverband heeft zijn procedure en criteria voor toelaatbaarheid niet vastgelegd " +
                "in deze applicatie. Het samenwerkingsverband stuurt ze apart mee.");
            yield break;
        }

        foreach (var alinea in Alineas.Van(procedureEnCriteria))
        {
            yield return alinea;
        }
    }

    /// <summary>A text with its label in front of the first paragraph: "Onderwijsbehoeften: …".</summary>
    private static IEnumerable<Alinea> Benoemd(string label, string tekst) =>
        Alineas.Van(tekst).Select((alinea, i) => i == 0 ? new Alinea($"{label}: {alinea.Tekst}") : alinea);
}
