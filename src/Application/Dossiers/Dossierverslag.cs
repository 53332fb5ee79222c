using PassendOnderwijs.Domain.Dossiers;

namespace PassendOnderwijs.Application.Dossiers;

/// <summary>The report's lines about what the import keeps, read-only, with the dossier.</summary>
internal static class Dossierverslag
{
    public static IEnumerable<Verslagregel> Bewaard(Dossierinhoud inhoud)
    {
        if (inhoud.Ouderinzage is { } inzage)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Inzage door de ouders", inzage.HeeftBezwaar
                ? "Bewaard. Let op: de ouders zijn het niet eens met het dossier of gaven geen toestemming voor de overdracht."
                : "Bewaard.");
        }

        if (inhoud.Verzorgers.Count > 0)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Ouders en verzorgers", Aantal(inhoud.Verzorgers.Count, "persoon", "personen"));
        }

        var g = inhoud.Gegevens;
        if (g.Schoolloopbaan.Count > 0)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Schoolloopbaan", Aantal(g.Schoolloopbaan.Count, "schooljaar", "schooljaren"));
        }

        if (g.Toetsresultaten.Count > 0)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Toetsresultaten", Aantal(g.Toetsresultaten.Count, "toets", "toetsen"));
        }

        if (g.Handelingsplannen.Count > 0)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Handelingsplannen", Aantal(g.Handelingsplannen.Count, "handelingsplan", "handelingsplannen"));
        }

        if (g.Verzuim is not null)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Verzuim", "Bewaard.");
        }

        if (g.Opp is not null)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Eerder ontwikkelingsperspectiefplan", "Bewaard als geschiedenis: begin- en einddatum. Het plan zelf staat in het bijgevoegde document, als de school het meestuurde.");
        }

        if (g.Tlvs.Count > 0)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Eerdere toelaatbaarheidsverklaringen", $"{Aantal(g.Tlvs.Count, "verklaring", "verklaringen")} als geschiedenis; geen besluit van dit samenwerkingsverband.");
        }

        if (g.Arrangementen.Count > 0)
        {
            yield return new Verslagregel(Verslagsoort.Bewaard, "Eerdere arrangementen", $"{Aantal(g.Arrangementen.Count, "arrangement", "arrangementen")} als geschiedenis.");
        }

        yield return new Verslagregel(
            Verslagsoort.Genegeerd,
            "Ondersteuningsbehoeften",
            "Niet gewijzigd: een OSO-dossier beschrijft de onderwijsbehoeften niet in velden, alleen in een bijgevoegde toelichting. Vul de ondersteuningsbehoeften in op de pagina van de leerling.");
    }

    private static string Aantal(int aantal, string enkelvoud, string meervoud) => $"{aantal} {(aantal == 1 ? enkelvoud : meervoud)} bewaard.";
}
