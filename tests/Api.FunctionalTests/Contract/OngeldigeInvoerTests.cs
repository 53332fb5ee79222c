using System.Net.Http.Headers;
using System.Text;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// Sends malformed bodies, wrong types, unknown fields, huge strings and hostile ids to every operation in
/// openapi.yaml, as a caller allowed to use it. Every answer must be a 4xx problem: never a 5xx, never a crash.
/// </summary>
public class OngeldigeInvoerTests : ApiTest
{
    // A NUL byte is not here: the test host refuses to send it, as Kestrel refuses to receive it (400, before the app).
    private static readonly string[] PadWaarden =
    [
        new('x', 4000), "../../etc/passwd", "' OR 1=1 --", "ü€😀", "-1", "00000000-0000-0000-0000-000000000000",
    ];

    private static readonly string[] Inhouden =
    [
        "{", "[]", "null", "\"tekst\"", "{\"naam\": 123, \"scopes\": \"aanbieders.lezen\"}",
        "{\"naam\": \"x\", \"scopes\": [\"aanbieders.lezen\"], \"onbekendVeld\": true}",
        "{\"naam\": \"" + new string('x', 100_000) + "\", \"scopes\": [\"aanbieders.lezen\"]}",
        "{\"naam\": \"x\", \"scopes\": [null, 5, {}]}",
        "{\"naam\": \"a\\u0000b\", \"email\": \"\\u0000\", \"scopes\": [\"aanbieders.lezen\\u0000\"]}",
        "{\"naam\": \"x\", \"scopes\": [\"aanbieders.lezen\"], \"publiekeSleutels\": \"geen-jwks\"}",
        "{\"email\": [\"a@b.nl\"], \"naam\": \"x\", \"rol\": \"admin\", \"vestigingen\": \"12AB00\"}",
        "{\"email\": \"a@b.nl\", \"naam\": \"x\", \"rol\": \"expert\", \"vestigingen\": [\"12AB00\"]}",
    ];

    [Test]
    public async Task Every_operation_answers_bad_input_with_a_4xx_problem_and_never_a_5xx()
    {
        var aanroepers = (await Aanroeper.MaakAlleAsync(Client)).ToDictionary(a => a.Naam);
        var beheerder = aanroepers["swv-beheerder"];
        var afwijkingen = new List<string>();

        foreach (var operatie in Contractbestand.OperatiesMetDetails())
        {
            var methode = new HttpMethod(operatie.Methode.ToUpperInvariant());
            var gevallen = new List<(string Omschrijving, string Url, HttpContent? Inhoud)>
            {
                ("unknown query parameter", operatie.Url() + "?bestaatNiet=1", null),
                ("huge query value", operatie.Url() + "?leerjaar=" + new string('9', 10_000), null),
                ("NUL in a query value", operatie.Url() + "?naam=%00", null),
            };
            gevallen.AddRange(operatie.PadVoorbeelden.Count == 0 ? [] : PadWaarden.Select(w => ($"path value {w[..Math.Min(w.Length, 12)]}", operatie.Url(w), (HttpContent?)null)));
            if (operatie.HeeftInhoud)
            {
                gevallen.AddRange(Inhouden.Select(i => ($"body {i[..Math.Min(i.Length, 30)]}", operatie.Url(), (HttpContent?)new StringContent(i, Encoding.UTF8, "application/json"))));
                gevallen.Add(("body of 2 MiB", operatie.Url(), new ByteArrayContent(new byte[2 * 1024 * 1024]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }));
            }

            foreach (var (omschrijving, url, inhoud) in gevallen)
            {
                using var verzoek = beheerder.Verzoek(methode, url, inhoud);
                using var response = await Client.SendAsync(verzoek);
                var status = (int)response.StatusCode;
                var isProbleem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                var verwachtSucces = status is >= 200 and < 300 && operatie.Id is "geefContract";
                if (!verwachtSucces && (status is < 400 or >= 500 || !isProbleem))
                {
                    afwijkingen.Add($"{operatie.Id} with {omschrijving}: {status} {response.Content.Headers.ContentType}");
                }
            }
        }

        afwijkingen.ShouldBeEmpty();
    }
}
