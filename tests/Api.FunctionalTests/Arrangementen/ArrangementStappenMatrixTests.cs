using System.Net;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>
/// Walks every step × status × role of the arrangement's lifecycle through the API, against a matrix written out
/// here by hand (not read from the lifecycle table, so a wrong row in the table fails): the arrangement's
/// <c>toegestaneStappen</c> for each role, every step the role may take succeeds, and every other step is refused
/// (403 for a role that may never take it, 409 for a status that does not allow it) without changing anything.
/// </summary>
public class ArrangementStappenMatrixTests : ArrangementTest
{
    private const string Swv = "swv-medewerker";
    private const string School = "school-medewerker";
    private const string Exp = "expert";
    private const string Beheer = "swv-beheerder";

    private static readonly string[] Stappen = ["behandeling", "antwoord", "toekenning", "afwijzing", "informatieverzoek", "start", "evaluatie", "beeindiging"];

    /// <summary>Who may ever take each step (the rest gets 403).</summary>
    private static readonly Dictionary<string, string[]> RollenPerStap = new()
    {
        ["behandeling"] = [Swv],
        ["antwoord"] = [Swv, School],
        ["toekenning"] = [Swv],
        ["afwijzing"] = [Swv],
        ["informatieverzoek"] = [Swv],
        ["start"] = [Swv, School, Exp],
        ["evaluatie"] = [Swv, School, Exp],
        ["beeindiging"] = [Swv, School, Exp],
    };

    /// <summary>The steps each role may take in each state, in the order a screen offers them.</summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> Matrix = new()
    {
        ["aangevraagd"] = new() { [Swv] = ["behandeling"], [School] = [], [Exp] = [] },
        ["in-behandeling"] = new() { [Swv] = ["toekenning", "afwijzing", "informatieverzoek"], [School] = [], [Exp] = [] },
        ["vraag-open"] = new() { [Swv] = ["antwoord", "toekenning", "afwijzing"], [School] = ["antwoord"], [Exp] = [] },
        ["toegekend"] = new() { [Swv] = ["start"], [School] = ["start"], [Exp] = ["start"] },
        ["afgewezen"] = new() { [Swv] = [], [School] = [], [Exp] = [] },
        ["actief"] = new() { [Swv] = ["evaluatie", "beeindiging"], [School] = ["evaluatie", "beeindiging"], [Exp] = ["evaluatie", "beeindiging"] },
        ["beeindigd"] = new() { [Swv] = [], [School] = [], [Exp] = [] },
    };

    private int _beschikkingen;

    [Test]
    public async Task Every_step_status_and_role_is_allowed_or_refused_as_the_lifecycle_says()
    {
        // An expert only sees (and so acts on) pupils they are involved with; that rule has its own tests.
        await MaakExpertBetrokkenAsync();
        foreach (var (toestand, perRol) in Matrix)
        {
            var (id, etag) = await BrengInToestandAsync(toestand);
            foreach (var (rol, verwacht) in perRol)
            {
                var (arrangement, _) = await HaalOpAsync(id, Token(rol));
                arrangement.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(verwacht, $"{toestand}, {rol}");
            }

            foreach (var rol in new[] { Swv, School, Exp, Beheer })
            {
                var toegestaan = perRol.GetValueOrDefault(rol, []);
                foreach (var stap in Stappen.Where(s => !toegestaan.Contains(s)))
                {
                    using var antwoord = await StapAsync(id, Eindpunt(stap), etag, Inhoud(stap), Token(rol));
                    var status = RollenPerStap[stap].Contains(rol) ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden;
                    antwoord.StatusCode.ShouldBe(status, $"{stap} by {rol} in {toestand}: {await antwoord.Content.ReadAsStringAsync()}");
                }

                (await HaalOpAsync(id)).Etag.ShouldBe(etag, $"refused steps by {rol} in {toestand} changed nothing");
                foreach (var stap in toegestaan)
                {
                    var (vers, versEtag) = await BrengInToestandAsync(toestand);
                    await ZetStapAsync(vers, Eindpunt(stap), versEtag, Inhoud(stap), Token(rol));
                }
            }
        }
    }

    private async Task<(Guid Id, string Etag)> BrengInToestandAsync(string toestand)
    {
        var (id, etag) = await VraagAanAsync();
        if (toestand == "aangevraagd")
        {
            return (id, etag);
        }

        if (toestand is "actief" or "beeindigd")
        {
            etag = await MaakActiefAsync(id, etag, Beschikkingsnummer());
            return toestand == "actief" ? (id, etag) : (id, await ZetStapAsync(id, "beeindiging", etag, Inhoud("beeindiging"), IbEigen));
        }

        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        return toestand switch
        {
            "in-behandeling" => (id, etag),
            "vraag-open" => (id, await ZetStapAsync(id, "informatieverzoek", etag, Inhoud("informatieverzoek"), Medewerker)),
            "toegekend" => (id, await ZetStapAsync(id, "toekenning", etag, Inhoud("toekenning"), Medewerker)),
            "afgewezen" => (id, await ZetStapAsync(id, "afwijzing", etag, Inhoud("afwijzing"), Medewerker)),
            _ => throw new ArgumentOutOfRangeException(nameof(toestand), toestand, null),
        };
    }

    private string Token(string rol) => rol switch
    {
        Swv => Medewerker,
        School => IbEigen,
        Exp => Expert,
        _ => Beheerder,
    };

    private static string Eindpunt(string stap) => stap switch
    {
        "antwoord" => "informatieverzoek/antwoord",
        "evaluatie" => "evaluaties",
        _ => stap,
    };

    /// <summary>A valid body for the step, so a refusal can only come from the lifecycle or the role.</summary>
    private object? Inhoud(string stap) => stap switch
    {
        "behandeling" => null,
        "antwoord" => new { antwoord = "Er is een handelingsplan." },
        "informatieverzoek" => new { vraag = "Is er een handelingsplan?" },
        "toekenning" => new { beschikkingsnummer = Beschikkingsnummer(), besluitdatum = "2026-11-24", motivering = "Past." },
        "afwijzing" => new { beschikkingsnummer = Beschikkingsnummer(), besluitdatum = "2026-11-24", reden = "Basisondersteuning volstaat." },
        "start" => new { startdatum = "2026-11-10" },
        "evaluatie" => new
        {
            datum = "2026-11-24",
            doelen = new[] { new { doel = 1, behaald = true }, new { doel = 2, behaald = true } },
            conclusie = "Gaat goed.",
            vervolg = "voortzetten",
        },
        "beeindiging" => new { einddatum = "2026-11-24", reden = "Doelen behaald." },
        _ => throw new ArgumentOutOfRangeException(nameof(stap), stap, null),
    };

    private string Beschikkingsnummer() => $"PO2705-M-{++_beschikkingen:D4}";
}
