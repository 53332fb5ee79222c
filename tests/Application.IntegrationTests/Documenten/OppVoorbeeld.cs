using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>Version 2 of Sanne's OPP at De Regenboog, vastgesteld, with the ouders' instemming on exactly its text.</summary>
internal static class OppVoorbeeld
{
    public static readonly Guid ArrangementId = Guid.Parse("0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d");

    private static readonly Actor Ib = new("ib-1", "Joke de Boer");

    public static OppInhoud Inhoud() => new(
        Uitstroombestemming.VmboKader,
        "Rekenen gaat op niveau; lezen blijft twee jaar achter.",
        "Gemotiveerd, goede band met de leerkracht.",
        "Leesachterstand, snel overprikkeld in de grote groep.",
        [new Afwijking("Rekenen", "Eigen leerlijn", "Eind groep 6")],
        new Handelingsdeel(
            [
                new OppDoel(Doeltermijn.LangeTermijn, "Technisch lezen", "Leest eind groep 8 op AVI-niveau E6."),
                new OppDoel(Doeltermijn.KorteTermijn, "Technisch lezen", "Leest in maart op AVI-niveau M6."),
                new OppDoel(Doeltermijn.Tussendoel, "Werkhouding", "Werkt tien minuten zelfstandig aan een taak."),
            ],
            [new Ondersteuningsafspraak("Individuele leesbegeleiding", "Leesspecialist", "Twee keer per week een half uur", ArrangementId)],
            [new DateOnly(2027, 6, 15), new DateOnly(2027, 3, 1)],
            new PlanVanAanpak(
                ["Sanne leest hardop zonder te stoppen."],
                [new Interventie("Leesbegeleiding met RALFI", "Ambulant begeleider", new DateOnly(2027, 1, 10), new DateOnly(2027, 3, 31))],
                12.5m)));

    public static OppDocumentInhoud Vastgesteld()
    {
        var versie = new OppVersie
        {
            Nummer = 2,
            Status = Versiestatus.Vastgesteld,
            Inhoud = Inhoud(),
            AangemaaktDoor = Ib,
            AangemaaktOp = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero),
            Overleg = new OppOverleg(new DateOnly(2027, 3, 10), "Moeder, leerkracht en intern begeleider", "De ouders herkennen zich in het plan.", Ib, DateTimeOffset.UnixEpoch),
            Hoorrecht = new OppHoorrecht(true, new DateOnly(2027, 3, 9), "Sanne wil in een rustig hoekje lezen.", Ib, DateTimeOffset.UnixEpoch),
            VastgesteldOp = new DateOnly(2027, 3, 14),
            VastgesteldDoor = Ib,
            HandelingsdeelVastgesteld = true,
        };
        versie = versie with
        {
            Instemming = new OppInstemming(true, new DateOnly(2027, 3, 12), "Moeder van Sanne", Instemmingswijze.OpPapier, null, versie.Vingerafdruk, Ib, DateTimeOffset.UnixEpoch),
        };
        return new OppDocumentInhoud(
            Guid.Parse("0197d3c4-0000-7000-8000-000000000001"),
            "Sanne de Vries",
            "De Regenboog",
            VestigingCode.Parse("12AB00").Waarde,
            SoortSchool.Bao,
            Aanleiding.ExtraOndersteuning,
            new DateOnly(2026, 11, 1),
            versie,
            new Dictionary<Guid, string> { [ArrangementId] = "Onderwijsarrangement, van 1 september 2026 tot en met 31 juli 2027" },
            null);
    }

    /// <summary>The same version as a concept the ouders have not answered on yet.</summary>
    public static OppDocumentInhoud Concept()
    {
        var voorbeeld = Vastgesteld();
        return voorbeeld with
        {
            Versie = voorbeeld.Versie with
            {
                Status = Versiestatus.Concept, Instemming = null, VastgesteldOp = null, VastgesteldDoor = null, HandelingsdeelVastgesteld = false,
            },
        };
    }
}
