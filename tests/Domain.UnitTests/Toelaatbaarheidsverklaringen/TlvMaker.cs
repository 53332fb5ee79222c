using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen;

/// <summary>
/// TLV's in every status, reached by walking the real transitions. Requested on 2 March 2027 by the IB'er of 12AB00
/// (bestuur <see cref="AanvragendBestuur"/>) for SO, categorie laag, at 14XY00, from 1 August 2027.
/// </summary>
internal static class TlvMaker
{
    public static readonly DateTimeOffset Nu = new(2027, 3, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Besluitdag = new(2027, 4, 1);
    public static readonly DateOnly Bekendmaking = new(2027, 4, 5);
    public static readonly DateOnly Ingang = new(2027, 8, 1);

    /// <summary>SO runs two school years by default: 2027-2028 and 2028-2029.</summary>
    public static readonly DateOnly GebruikelijkEinde = new(2029, 7, 31);

    public static readonly Guid AanvragendBestuur = Guid.Parse("0195a000-0000-7000-8000-00000000b001");
    public static readonly VestigingCode AanvragendeVestiging = VestigingCode.Parse("12AB00").Waarde;
    public static readonly SwvCode Swv = SwvCode.Parse("PO2705").Waarde;

    public static readonly Actor Ib = new("school-ib-1", "Ilse (intern begeleider)");
    public static readonly Actor Commissie = new("swv-cvt-3", "Carla (commissie van toewijzing)");

    public static readonly Adviseur Orthopedagoog = Deskundige(1, "Olga Orthopedagoog", Discipline.Orthopedagoog);
    public static readonly Adviseur Arts = Deskundige(2, "Anton Arts", Discipline.Arts);
    public static readonly Adviseur Psycholoog = Deskundige(3, "Petra Psycholoog", Discipline.Psycholoog);

    public static Actor Als(Adviseur deskundige) => new(deskundige.GebruikerId.ToString(), deskundige.Naam);

    public static Adviseur Deskundige(int nummer, string naam, Discipline discipline, Guid? bestuur = null, VestigingCode? vestiging = null) =>
        new(
            Guid.Parse($"0195a000-0000-7000-8000-{nummer:D12}"),
            Guid.Parse($"0195a000-0000-7000-9000-{nummer:D12}"),
            naam,
            discipline,
            "Praktijk De Linde",
            bestuur,
            vestiging,
            null);

    public static DateTimeOffset Om(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    public static TlvLeerling Leerling(string swv = "PO2705") =>
        new(Guid.Parse("0195a000-0000-7000-8000-00000000a001"), "Sam Jansen", new DateOnly(2017, 3, 1), AanvragendeVestiging, AanvragendBestuur, SwvCode.Parse(swv).Waarde);

    public static TlvAanvraag GeldigeAanvraag() => new(
        SoortToelaatbaarheid.So,
        Bekostigingscategorie.Laag,
        new BeoogdeSchool(VestigingCode.Parse("14XY00").Waarde, "SO De Brug", SoortSchool.So, true),
        Ingang,
        null,
        IvoVelden.Van("Kleine groep met vaste begeleider", null, "Prikkelarme ruimte", null, null, "onderwijsbehoeften").Waarde,
        "Verlengde instructie en een eigen werkplek.",
        "Een jaar een arrangement met een ambulant begeleider; de leerling raakt toch overprikkeld.",
        [],
        "De ouders steunen de aanvraag.",
        "Sam wil graag naar een rustige school.");

    public static Adviesinhoud Positief(Bekostigingscategorie categorie = Bekostigingscategorie.Laag) => new(
        true, SoortToelaatbaarheid.So, categorie, null, "Heeft structuur en een kleine groep nodig.", "De reguliere school kan dat niet bieden.", "De Brug biedt dat.", new DateOnly(2027, 3, 20), true);

    public static Adviesinhoud Negatief() => Positief() with { Toelaatbaar = false, Soort = null, Categorie = null };

    public static Besluitvoorstel Toelaatbaar(Bekostigingscategorie categorie = Bekostigingscategorie.Laag) => new(
        true, SoortToelaatbaarheid.So, categorie, Ingang, null, null, "TLV-2027-0001", Besluitdag, "Beide adviezen onderschrijven de onderwijsbehoeften.", null);

    public static Beleidswaarden Standaardbeleid => Beleidswaarden.Standaard(vo: false);

    public static Toelaatbaarheidsverklaring Aangevraagd() =>
        Gelukt(Toelaatbaarheidsverklaring.VraagAan(Leerling(), GeldigeAanvraag(), Arrangementtermijnen.Standaard, Ib, Nu));

    public static Toelaatbaarheidsverklaring MetAdviseurs() =>
        Gelukt(Gelukt(Aangevraagd().WijsAdviseurAan(Adviesplek.Eerste, Orthopedagoog, Commissie, Nu.AddHours(1)))
            .WijsAdviseurAan(Adviesplek.Tweede, Arts, Commissie, Nu.AddHours(2)));

    public static Toelaatbaarheidsverklaring Geadviseerd(Adviesinhoud? tweede = null) =>
        Gelukt(Gelukt(MetAdviseurs().BrengAdviesUit(Orthopedagoog.GebruikerId, Positief(), Als(Orthopedagoog), Om(new DateOnly(2027, 3, 20))))
            .BrengAdviesUit(Arts.GebruikerId, tweede ?? Positief(), Als(Arts), Om(new DateOnly(2027, 3, 21))));

    public static Toelaatbaarheidsverklaring Besloten() => Gelukt(Geadviseerd().Beslis(Toelaatbaar(), Standaardbeleid, Commissie, Om(Besluitdag)));

    public static Toelaatbaarheidsverklaring Bekendgemaakt() => Gelukt(Besloten().MaakBekend(Bekendmaking, Commissie, Om(Bekendmaking)));

    /// <summary>A bezwaar of the ouders received on <paramref name="ontvangen"/> (in time: up to and including 17 May 2027).</summary>
    public static Toelaatbaarheidsverklaring InBezwaar(DateOnly? ontvangen = null)
    {
        var dag = ontvangen ?? new DateOnly(2027, 5, 1);
        return Gelukt(Bekendgemaakt().OntvangBezwaar(Indiener.Ouders, "Familie Jansen", dag, Commissie, Om(dag)));
    }

    public static Toelaatbaarheidsverklaring LbtGevraagd() =>
        Gelukt(InBezwaar().VraagLbtAdvies(new DateOnly(2027, 5, 10), Enum.GetValues<Bezwaarstuk>(), Commissie, Om(new DateOnly(2027, 5, 10))));

    public static Toelaatbaarheidsverklaring LbtGeadviseerd(LbtOordeel oordeel) =>
        Gelukt(LbtGevraagd().LegLbtAdviesVast(oordeel, new DateOnly(2027, 6, 20), Commissie, Om(new DateOnly(2027, 6, 20))));
}
