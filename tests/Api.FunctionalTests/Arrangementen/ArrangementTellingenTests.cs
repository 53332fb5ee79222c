using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>The werkvoorraad counters: kept from the arrangement events once the dispatcher delivered them.</summary>
public class ArrangementTellingenTests : ArrangementTest
{
    private const string TellingenPad = Pad + "/tellingen";

    [Test]
    public async Task The_counts_follow_a_lifecycle_walked_through_the_api_once_the_events_are_delivered()
    {
        var (beeindigd, etag) = await VraagAanAsync();
        etag = await MaakActiefAsync(beeindigd, etag, "PO2705-2026-0301");
        await ZetStapAsync(beeindigd, "beeindiging", etag, new { einddatum = "2026-11-24", reden = "Doelen behaald." }, IbEigen);
        var (afgewezen, etag2) = await VraagAanAsync();
        etag2 = await ZetStapAsync(afgewezen, "behandeling", etag2, null, Medewerker);
        await ZetStapAsync(afgewezen, "afwijzing", etag2, new { beschikkingsnummer = "PO2705-2026-0302", besluitdatum = "2026-11-24", reden = "De basisondersteuning volstaat." }, Medewerker);
        var (actief, etag3) = await VraagAanAsync();
        await MaakActiefAsync(actief, etag3, "PO2705-2026-0303");
        var (inBehandeling, etag4) = await VraagAanAsync();
        await ZetStapAsync(inBehandeling, "behandeling", etag4, null, Medewerker);
        await VraagAanAsync();
        await VraagAanAsync();

        // Nothing delivered yet (the test host runs no dispatcher): nothing counted.
        var voor = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TellingenPad, token: Medewerker);
        Aantallen(voor).Values.ShouldAllBe(a => a == 0);
        voor.TryGetProperty("bijgewerktOp", out _).ShouldBeFalse();

        await VerwerkOutboxAsync();

        var na = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TellingenPad, token: Medewerker);
        Aantallen(na).ShouldBe(new Dictionary<string, int>
        {
            ["aangevraagd"] = 2,
            ["in-behandeling"] = 1,
            ["toegekend"] = 0,
            ["afgewezen"] = 1,
            ["actief"] = 1,
            ["beeindigd"] = 1,
        });
        na.GetProperty("tellingen").EnumerateArray().Select(t => t.GetProperty("status").GetString()).ShouldBe(
            ["aangevraagd", "in-behandeling", "toegekend", "afgewezen", "actief", "beeindigd"], "lifecycle order");
        na.GetProperty("bijgewerktOp").GetDateTimeOffset().ShouldBe(TestSupport.VasteKlok.Standaard);

        // The administrator sees the same counts; they hold no pupil data.
        var beheerder = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TellingenPad, token: Beheerder);
        Aantallen(beheerder).ShouldBe(Aantallen(na));
    }

    [Test]
    public async Task A_step_moves_an_arrangement_from_one_count_to_the_next()
    {
        var (id, etag) = await VraagAanAsync();
        await VerwerkOutboxAsync();
        Aantallen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TellingenPad, token: Medewerker))["aangevraagd"].ShouldBe(1);

        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        await VerwerkOutboxAsync();

        var aantallen = Aantallen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TellingenPad, token: Medewerker));
        aantallen["aangevraagd"].ShouldBe(0);
        aantallen["in-behandeling"].ShouldBe(1);
    }

    [Test]
    public async Task Another_samenwerkingsverband_sees_only_its_own_counts()
    {
        await VraagAanAsync();
        await VerwerkOutboxAsync();
        await Aanmelding.RegistreerInAsync("PO2706", "medewerker@ander-swv.nl", Rol.SwvMedewerker);
        var ander = await Aanmelding.AccessTokenAsync("medewerker@ander-swv.nl");

        var tellingen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TellingenPad, token: ander);

        Aantallen(tellingen).Values.ShouldAllBe(a => a == 0);
        Aantallen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TellingenPad, token: Medewerker))["aangevraagd"].ShouldBe(1);
    }

    private static Dictionary<string, int> Aantallen(JsonElement tellingen) =>
        tellingen.GetProperty("tellingen").EnumerateArray()
            .ToDictionary(t => t.GetProperty("status").GetString()!, t => t.GetProperty("aantal").GetInt32());

    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }
}
