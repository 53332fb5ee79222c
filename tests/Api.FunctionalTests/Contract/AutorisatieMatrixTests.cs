using System.Net.Http.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// Walks every operation in openapi.yaml for every kind of caller and compares the status with what this table says.
/// An operation that is not in the table fails the test: a new endpoint cannot ship without a decided policy.
/// </summary>
public class AutorisatieMatrixTests : ApiTest
{
    private const string Beheerder = "swv-beheerder";

    /// <summary>Expected status per operation: per caller, or "*" for every caller not listed.</summary>
    private static readonly Dictionary<string, Dictionary<string, int>> Verwacht = new()
    {
        ["geefExpertises"] = new() { ["*"] = 200 },
        ["geefExpertise"] = new() { ["*"] = 200 },
        ["geefContract"] = new() { ["*"] = 200 },
        ["geefIk"] = new() { [Aanroeper.Anoniem] = 401, ["*"] = 200 },
        ["geefKoppelingen"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },
        ["registreerKoppeling"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 201, ["*"] = 403 },
        ["geefKoppeling"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["vernieuwKoppelingGeheim"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["trekKoppelingIn"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["registreerGebruiker"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 201, ["*"] = 403 },
        ["geefGebruikers"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },
        ["deactiveerGebruiker"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["geefAuditRegels"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 200, ["*"] = 403 },

        // The register is read by every kind of staff and by LAS systems with aanbieders.lezen; only an
        // administrator changes it. The example code exists nowhere, so allowed callers get 404.
        ["zoekAanbieders"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, ["*"] = 200 },
        // The matrix sends no token (a query parameter): refused as invalid input, after the access check.
        ["geefAanbiederWijzigingen"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, ["*"] = 400 },
        ["geefAanbieder"] = new() { [Aanroeper.Anoniem] = 401, [Aanroeper.LasZonderScopes] = 403, ["*"] = 404 },
        ["registreerAanbieder"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 201, ["*"] = 403 },
        ["wijzigContactgegevens"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["biedBegeleidingAan"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["beeindigAanbod"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["neemAanbiederUitBedrijf"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },
        ["verwijderAanbieder"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 404, ["*"] = 403 },

        // Without a filter an export is refused, but only after the role check: 400 for the beheerder.
        ["exporteerAuditRegels"] = new() { [Aanroeper.Anoniem] = 401, [Beheerder] = 400, ["*"] = 403 },
    };

    /// <summary>A valid body for every operation that takes one.</summary>
    private static readonly Dictionary<string, object> GeldigeInhoud = new()
    {
        ["registreerKoppeling"] = new { naam = "Matrix-LAS", scopes = new[] { "aanbieders.lezen" } },
        ["registreerGebruiker"] = new { email = "nieuw@matrix.nl", naam = "Nieuw", rol = "expert" },
        ["registreerAanbieder"] = Begeleidingsaanbod.AanbiederVoorbeeld.Registratie("999A999"),
        ["wijzigContactgegevens"] = new { communicatiecontexten = new[] { new { context = "ALGEMEEN", email = "info@matrix.nl" } } },
        ["biedBegeleidingAan"] = Begeleidingsaanbod.AanbiederVoorbeeld.Aanbod(),
        ["beeindigAanbod"] = new { laatsteDag = "2026-12-31" },
        ["neemAanbiederUitBedrijf"] = new { laatsteDag = "2026-12-31" },
    };

    [Test]
    public async Task Every_operation_answers_every_kind_of_caller_as_its_policy_says()
    {
        var aanroepers = await Aanroeper.MaakAlleAsync(Client);
        var afwijkingen = new List<string>();

        foreach (var operatie in Contractbestand.OperatiesMetDetails())
        {
            if (!Verwacht.TryGetValue(operatie.Id, out var beleid))
            {
                afwijkingen.Add($"{operatie.Id}: not in the authorization matrix; decide who may call it and add it.");
                continue;
            }

            foreach (var aanroeper in aanroepers)
            {
                var verwacht = beleid.TryGetValue(aanroeper.Naam, out var status) ? status : beleid["*"];
                using var verzoek = aanroeper.Verzoek(new HttpMethod(operatie.Methode.ToUpperInvariant()), operatie.Url(), Inhoud(operatie));
                using var response = await Client.SendAsync(verzoek);
                if ((int)response.StatusCode != verwacht)
                {
                    afwijkingen.Add($"{operatie.Id} as {aanroeper.Naam}: expected {verwacht}, got {(int)response.StatusCode}");
                }
            }
        }

        afwijkingen.ShouldBeEmpty();
    }

    private static JsonContent? Inhoud(Operatie operatie) =>
        !operatie.HeeftInhoud ? null
        : GeldigeInhoud.TryGetValue(operatie.Id, out var inhoud) ? JsonContent.Create(inhoud)
        : throw new InvalidOperationException($"{operatie.Id} takes a body: add a valid example to GeldigeInhoud.");
}
