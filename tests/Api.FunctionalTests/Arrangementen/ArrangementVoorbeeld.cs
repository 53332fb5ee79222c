namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>Valid request bodies for arrangementen, to vary per test.</summary>
internal static class ArrangementVoorbeeld
{
    public static object Aanvraag(
        Guid leerlingId, string toelichting = "De basisondersteuning is niet genoeg gebleken.", string ingangsdatum = "2026-11-01") => new
    {
        leerlingId,
        soort = "onderwijsarrangement",
        inhoud = new { aandachtEnTijd = "Twee keer per week een half uur extra instructie.", expertise = "Leesspecialist." },
        doelen = new[] { "Leest op AVI E5.", "Werkt twintig minuten zelfstandig." },
        ingangsdatum,
        einddatum = "2027-07-15",
        uren = 40,
        uitvoerder = new { soort = "school", naam = "Basisschool De Regenboog" },
        bekostiger = "swv",
        toelichting,
    };
}
