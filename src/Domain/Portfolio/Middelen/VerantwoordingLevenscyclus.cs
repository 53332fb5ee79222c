using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Portfolio.Middelen;

/// <summary>
/// The lifecycle of a bestuur's verantwoording of its middelen as one table: concept (written by the bestuur's side)
/// → ingediend → besproken in the bestuursgesprek (the SWV's beleidsmedewerker, with the date and a note); before it is besproken the
/// beleidsmedewerker may send it back for correction, and it is a concept again. There is no bestuur role: the school-medewerkers
/// of the bestuur's vestigingen write and submit it on the bestuur's behalf.
/// </summary>
public static class VerantwoordingLevenscyclus
{
    public static Levenscyclus<Verantwoording, VerantwoordingStatus, VerantwoordingStap> Tabel { get; } = new(
        "Een verantwoording",
        v => v.Status,
        VerantwoordingStatusCodes.Lijst,
        VerantwoordingStapCodes.Lijst,
        [
            new()
            {
                Code = VerantwoordingStap.Indiening,
                Omschrijving = "indienen",
                Betekenis = "De verantwoording indienen bij het samenwerkingsverband (na afloop van het kalenderjaar).",
                Van = [VerantwoordingStatus.Concept],
                Voorwaarde = new(
                    v => v.Regels.Count > 0 || v.Leerlingregels.Count > 0,
                    Fout.Conflict("verantwoording-leeg", "Schrijf eerst ten minste één regel op school-, groeps- of leerlingniveau.")),
                Rollen = [Rol.SchoolMedewerker],
                Naar = VerantwoordingStatus.Ingediend,
                Gebeurtenis = MiddelenGebeurtenis.Ingediend,
                Meldt = (v, op) => new VerantwoordingIngediend(v.Id, v.Samenwerkingsverband, v.Status, op),
            },
            new()
            {
                Code = VerantwoordingStap.Terugsturing,
                Omschrijving = "terugsturen voor correctie",
                Betekenis = "De ingediende verantwoording terugsturen naar het schoolbestuur om te corrigeren, met de reden.",
                Van = [VerantwoordingStatus.Ingediend],
                Rollen = [],
                Functies = [Functie.Beleidsmedewerker],
                Naar = VerantwoordingStatus.Concept,
                Gebeurtenis = MiddelenGebeurtenis.Teruggestuurd,
                Meldt = (v, op) => new VerantwoordingTeruggestuurd(v.Id, v.Samenwerkingsverband, v.Status, op),
            },
            new()
            {
                Code = VerantwoordingStap.Bespreking,
                Omschrijving = "als besproken vastleggen",
                Betekenis = "Vastleggen dat de verantwoording is besproken in het bestuursgesprek, met de datum en een notitie.",
                Van = [VerantwoordingStatus.Ingediend],
                Rollen = [],
                Functies = [Functie.Beleidsmedewerker],
                Naar = VerantwoordingStatus.Besproken,
                Gebeurtenis = MiddelenGebeurtenis.Besproken,
                Meldt = (v, op) => new VerantwoordingBesproken(v.Id, v.Samenwerkingsverband, v.Status, op),
            },
        ]);
}
