using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Thuiszitters;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// The past schooljaren's aanmeldingen and thuiszitters, so the dashboard's zorgplicht and thuiszitter lines have a
/// history: built through the domain with the dates they happened on, their Termijnen kept step by step as the engine
/// and its daily watch would have (the <see cref="Termijnboek"/> of the TLV's and OPP's). All closed before today.
/// </summary>
internal static partial class DemoBeleidsgeschiedenis
{
    /// <summary>
    /// A past schooljaar's aanmeldingen, one more each year (four, five, six): received between September and March for
    /// the next schooljaar; most decided within the 6 weeks (toegelaten, niet toegelaten, vol), the third extended by 4
    /// weeks and placed at another school in overleg with the ouders, the fourth decided a week after its term.
    /// </summary>
    private static void Aanmeldingen(
        PassendOnderwijsDbContext db, Schooljaar jaar, int j, List<Leerling> leerlingen, List<School> scholen, DateOnly vandaag)
    {
        // Only schools with a zorgplicht: a cluster 1 or 2 school runs no term, and the line follows the terms.
        var metZorgplicht = scholen.Where(s => s.Cluster is null).ToList();
        for (var i = 0; i < 4 + j; i++)
        {
            var leerling = leerlingen[((j * 5) + i + 2) % leerlingen.Count];
            var school = metZorgplicht[(i + j) % metZorgplicht.Count];
            var andere = metZorgplicht[(i + j + 1) % metZorgplicht.Count];
            var ontvangen = Werkdag(jaar.Begindatum.AddDays(40 + (i * 37)));
            var volgend = jaar.Volgend();
            var boek = new Termijnboek();
            void Volg(Aanmelding a, DateTimeOffset nu) => boek.Na(a.Samenwerkingsverband, a.Vestiging, Zaaksoort.Aanmelding, a.Id, Termijnentabel.Van(a), nu);

            var aanmelding = Moet(Aanmelding.Registreer(
                new AanmeldingLeerling(leerling.Id, leerling.Naam, leerling.Samenwerkingsverband, school.Vestiging, school.Naam, school.Cluster),
                new Aanmeldinggegevens(ontvangen, OuderVerwachtExtraOndersteuning: true, volgend.Begindatum, volgend),
                Demo,
                Moment(ontvangen, 9)));
            Volg(aanmelding, Moment(ontvangen, 9));
            Besluitverzoek besluit;
            if (i == 2 && school.Vestiging != andere.Vestiging)
            {
                var verlengd = Werkdag(ontvangen.AddDays(35));
                aanmelding = Moet(aanmelding.Verleng("De school wacht op het onderzoek van de jeugdarts.", verlengd, Demo, Moment(verlengd, 11)));
                Volg(aanmelding, Moment(verlengd, 11));
                var akkoord = Werkdag(ontvangen.AddDays(56));
                besluit = new Besluitverzoek(
                    Toelatingsuitkomst.AndereSchool, Werkdag(akkoord.AddDays(3)),
                    "De ondersteuning die de leerling nodig heeft, past beter bij een andere school; die school heeft plek.", andere, akkoord, InOverlegMetOuders: true);
            }
            else
            {
                var (uitkomst, reden) = (i % 3) switch
                {
                    0 => (Toelatingsuitkomst.Toegelaten, (string?)null),
                    1 => (Toelatingsuitkomst.NietToegelaten, "De school kan de ondersteuning niet bieden, ook niet met een arrangement."),
                    _ => (Toelatingsuitkomst.Vol, "De groep waarin de leerling zou komen, is vol."),
                };

                // The fourth is decided a week after its 6 weeks: a late one each year.
                besluit = new Besluitverzoek(uitkomst, Werkdag(ontvangen.AddDays(i == 3 ? 49 : 14 + (i * 4))), reden, null, null, InOverlegMetOuders: true);
            }

            aanmelding = Moet(aanmelding.Beslis(besluit, Demo, Moment(besluit.Besluitdatum, 14)));
            Volg(aanmelding, Moment(besluit.Besluitdatum, 14));
            db.Aanmeldingen.Add(aanmelding);
            db.Termijnen.AddRange(boek.TotVandaag(vandaag));
        }
    }

    /// <summary>
    /// A past schooljaar's thuiszitters: each year one with absoluut verzuim from February, back at another school
    /// within 3 months; in the two oldest years also one still at home on the year's last day and back after the summer
    /// holiday: the oldest (relatief verzuim from May) after its aim of 3 months, the next (absoluut verzuim from June)
    /// within it. The last past year's all return before the summer, so none is back on a day still to come.
    /// </summary>
    private static void Thuiszitters(
        PassendOnderwijsDbContext db, Schooljaar jaar, int j, List<Leerling> leerlingen, List<School> scholen, DateOnly vandaag)
    {
        var volgendeBegin = jaar.Volgend().Begindatum;
        var zaken = new List<(Verzuimsoort Soort, DateOnly Sinds, Thuiszitreden Reden, DateOnly Terug)>
        {
            (Verzuimsoort.AbsoluutVerzuim, Werkdag(jaar.Begindatum.AddDays(190 + (j * 9))), Thuiszitreden.WachtenOpPlek, default),
        };
        zaken[0] = zaken[0] with { Terug = Werkdag(zaken[0].Sinds.AddDays(45 + (j * 5))) };
        if (j == 0)
        {
            zaken.Add((Verzuimsoort.LangdurigRelatiefVerzuim, Werkdag(jaar.Einddatum.AddDays(-72)), Thuiszitreden.Schoolweigering, Werkdag(volgendeBegin.AddDays(33))));
        }
        else if (j == 1)
        {
            zaken.Add((Verzuimsoort.AbsoluutVerzuim, Werkdag(jaar.Einddatum.AddDays(-45)), Thuiszitreden.GeenPassendAanbod, Werkdag(volgendeBegin.AddDays(31))));
        }

        for (var k = 0; k < zaken.Count; k++)
        {
            var (soort, sinds, reden, terug) = zaken[k];
            var leerling = leerlingen[((j * 2) + k + 5) % leerlingen.Count];
            var naar = scholen.Find(s => s.Vestiging != leerling.Vestiging) ?? scholen[0];
            var gemeld = Werkdag(Thuiszitter.ThuiszitterVanaf(soort, sinds)!.Value.AddDays(2));
            var boek = new Termijnboek();
            void Volg(Thuiszitter t, DateTimeOffset nu) => boek.Na(t.Samenwerkingsverband, t.Vestiging, Zaaksoort.Thuiszitter, t.Id, Termijnentabel.Van(t), nu);

            var melding = new Thuiszittermelding(
                soort, sinds, reden, null, "Utrecht", "M. de Leeuw", "leerplicht@utrecht.example", "Gesprek met ouders en school; de commissie zoekt een passende plek.",
                "Terug naar een school in de regio, met ondersteuning.");
            var thuiszitter = Moet(Thuiszitter.Meld(leerling, scholen.Find(s => s.Vestiging == leerling.Vestiging)?.Regio, melding, Demo, Moment(gemeld, 10)));
            Volg(thuiszitter, Moment(gemeld, 10));
            thuiszitter = Moet(thuiszitter.RegistreerTerugkeer(terug, naar, null, "Begint met halve dagen.", Demo, Moment(terug, 15)));
            Volg(thuiszitter, Moment(terug, 15));
            db.Thuiszitters.Add(thuiszitter);
            db.Termijnen.AddRange(boek.TotVandaag(vandaag));
        }
    }

    /// <summary>The day itself on a weekday, else the Monday after: schools receive, decide and take pupils back on school days.</summary>
    private static DateOnly Werkdag(DateOnly dag) => dag.DayOfWeek switch
    {
        DayOfWeek.Saturday => dag.AddDays(2),
        DayOfWeek.Sunday => dag.AddDays(1),
        _ => dag,
    };

    /// <summary>A step the demo's own dates must allow: a refusal is a bug in this loader, not an outcome.</summary>
    private static T Moet<T>(Result<T> stap) =>
        stap.IsGelukt ? stap.Waarde : throw new InvalidOperationException("Demo history: " + string.Join(" ", stap.Fouten.Select(f => f.Melding)));
}
