namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>Valid request bodies for the register, varied per test by the few fields that matter.</summary>
internal static class AanbiederVoorbeeld
{
    public static object Registratie(string code, string naam = "Visio Ambulante Dienst", int cluster = 1, string[]? licenties = null) => new
    {
        code,
        naam,
        inbedrijfdatum = "2020-08-01",
        bestuur = "Stichting Voorbeeld",
        erkenning = new { code = "ERK-" + code, cluster, licenties = licenties ?? ["VISUELE_BEPERKINGEN", "VISUEEL_MEERVOUDIG_BEPERKT"] },
        communicatiecontexten = new[] { new { context = "ALGEMEEN", email = "info@voorbeeld.nl", telefoon = "030 123 45 67" } },
    };

    public static object Aanbod(string expertise = "VISUELE_BEPERKINGEN", string leerjaar = "2026-2027", string[]? samenwerkingsverbanden = null) => new
    {
        expertise,
        leerjaar,
        werkgebied = new { samenwerkingsverbanden = samenwerkingsverbanden ?? ["PO2705"], postcodegebieden = Array.Empty<string>() },
        capaciteit = 12,
    };
}
