using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Fifteen fictitious onderwijsbegeleidingsaanbieders for clusters 1 and 2, with contacts and aanbod for the current
/// and next leerjaar: enough to search, sync and manage in the demo. Names, codes and addresses are invented.
/// </summary>
internal static class DemoAanbieders
{
    private static readonly string[] Cluster1 = ["VISUELE_BEPERKINGEN", "VISUEEL_MEERVOUDIG_BEPERKT"];
    private static readonly string[] Cluster2 = ["DOOFHEID", "SLECHTHORENDHEID", "TAALONTWIKKELINGSSTOORNISSEN", "DOOF_MEERVOUDIG_BEPERKT", "SLECHTHOREND_MEERVOUDIG_BEPERKT"];

    /// <summary>
    /// Eigenaar: the samenwerkingsverband that registered it (and manages it), or null for a national entry. The demo
    /// beheerder (PO2705) manages a few; others belong to another SWV or to the register-beheerder, so the demo shows
    /// both an aanbieder one may change and one that is read-only.
    /// </summary>
    private static readonly (string Code, string Naam, int Cluster, string Plaats, string[] Werkgebied, string[] Postcodes, string? Eigenaar)[] Gegevens =
    [
        ("101A001", "Zichtlijn Ambulante Dienst", 1, "Utrecht", [], [], null),
        ("101A002", "Lichtpunt Onderwijsbegeleiding", 1, "Amersfoort", ["PO2705", "PO2706"], [], "PO2705"),
        ("101A003", "Oogwenk Expertisecentrum", 1, "Zwolle", [], ["8011", "8012", "8021"], "PO2301"),
        ("101A004", "Braillebrug Begeleiding", 1, "Nijmegen", ["PO2705"], ["6511"], "PO2705"),
        ("101A005", "Kijkwijzer Noord", 1, "Groningen", ["PO2001", "PO2002"], [], "PO2001"),
        ("101A006", "Heldere Blik Ambulant", 1, "Eindhoven", [], [], null),
        ("101A007", "Contrast Onderwijsondersteuning", 1, "Den Haag", ["PO2810"], ["2511", "2512"], "PO2810"),
        ("202B001", "Klankkast Ambulante Dienst", 2, "Utrecht", ["PO2705"], ["3511", "3512", "3811"], "PO2705"),
        ("202B002", "Spraakwater Expertisecentrum", 2, "Rotterdam", ["PO2801", "PO2802"], [], "PO2801"),
        ("202B003", "Gebarenhuis Begeleiding", 2, "Amsterdam", [], [], null),
        ("202B004", "Taalrijk Onderwijsbegeleiding", 2, "Amersfoort", ["PO2705", "PO2706", "PO2707"], [], "PO2705"),
        ("202B005", "Hoorzaam Ambulant", 2, "Arnhem", [], ["6811", "6812"], null),
        ("202B006", "Woordenstroom Noord", 2, "Leeuwarden", ["PO2101"], [], "PO2101"),
        ("202B007", "De Luisterlijn", 2, "Tilburg", ["PO3001", "PO3002"], ["5011"], "PO3001"),
        ("202B008", "Echo Expertise Slechthorendheid", 2, "Maastricht", [], [], null),
    ];

    public static IEnumerable<Onderwijsbegeleidingsaanbieder> Maak(int beginjaar)
    {
        foreach (var (code, naam, cluster, plaats, swvs, postcodes, eigenaar) in Gegevens)
        {
            var licenties = cluster == 1 ? Cluster1 : Cluster2;
            var domein = naam.ToLowerInvariant().Replace(' ', '-');
            var aanbieder = Onderwijsbegeleidingsaanbieder.Registreer(
                code,
                naam,
                internationaleNaam: null,
                new DateOnly(2015 + (code[^1] - '0'), 8, 1),
                "Stichting " + naam.Split(' ')[0],
                Onderwijsinstellingserkenning.Van("ERK-" + code, cluster, licenties),
                [
                    Communicatiecontext.Van("ALGEMEEN", $"info@{domein}.example.nl", "030 200 40 " + code[^2..], $"https://www.{domein}.example.nl", null, $"Voorbeeldlaan {code[^1]}, {plaats}", "communicatiecontexten[0]"),
                    Communicatiecontext.Van("AANMELDEN", $"aanmelden@{domein}.example.nl", null, null, "Team aanmelding", null, "communicatiecontexten[1]"),
                ],
                eigenaar is null ? null : SwvCode.Parse(eigenaar).Waarde).Waarde;
            var werkgebied = Werkgebied.Van(swvs, postcodes).Waarde;
            foreach (var (expertise, i) in licenties.Select((e, i) => (e, i)).Where(x => x.i < 3))
            {
                var periode = Periode.Van(new DateOnly(beginjaar, 8, 1), new DateOnly(beginjaar + 1 + (i % 2), 7, 31)).Waarde;
                if (!aanbieder.BiedAan(ExpertiseCode.Parse(expertise).Waarde, periode, werkgebied, i == 0 ? 25 : null).IsGelukt)
                {
                    throw new InvalidOperationException($"Demo aanbod for {code} breaks a rule; fix the demo data.");
                }
            }

            yield return aanbieder;
        }
    }
}
