using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Leerlingen;

/// <summary>
/// A LAS records its own key for a pupil it found once (PUT /leerlingen/{id}/las-sleutel, scope leerlingen.koppelen)
/// and reads it back on the pupil and in the feeds, so it never compares names again.
/// </summary>
public sealed class LasSleutelTests : ArrangementTest
{
    private string Las { get; set; } = null!;

    [SetUp]
    public async Task RichtLasInAsync() => Las = await LasAsync("las-regenboog", EigenVestiging, "leerlingen.lezen", "leerlingen.koppelen", "arrangementen.lezen");

    [Test]
    public async Task A_las_records_its_key_and_reads_it_back_on_the_pupil_and_in_the_arrangementen_feed()
    {
        var (arrangement, _) = await VraagAanAsync();

        using var gezet = await ZetAsync(LeerlingId, new { lasSleutel = "  LN-4711 " }, Las);
        gezet.StatusCode.ShouldBe(HttpStatusCode.OK, await gezet.Content.ReadAsStringAsync());
        (await JsonAsync(gezet)).GetProperty("lasSleutel").GetString().ShouldBe("LN-4711");
        gezet.Headers.ETag.ShouldNotBeNull();

        var leerlingen = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen", token: Las)).GetProperty("leerlingen").EnumerateArray();
        leerlingen.Single(l => l.GetProperty("id").GetGuid() == LeerlingId).GetProperty("lasSleutel").GetString().ShouldBe("LN-4711");
        var (gelezen, _) = await HaalOpAsync(arrangement, Las);
        gelezen.GetProperty("leerling").GetProperty("lasSleutel").GetString().ShouldBe("LN-4711");

        // The change is on the pupil's audit log, with the LAS as actor.
        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray();
        audit.ShouldContain(r => r.GetProperty("actie").GetString() == "wijzigen" && r.GetProperty("resourceSoort").GetString() == "leerling"
            && r.GetProperty("actorNaam").GetString()!.Contains("las-regenboog", StringComparison.Ordinal));

        // Null takes the key away again: the pupil then has none.
        using var weg = await ZetAsync(LeerlingId, new { lasSleutel = (string?)null }, Las);
        weg.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(weg)).TryGetProperty("lasSleutel", out _).ShouldBeFalse();
    }

    [Test]
    public async Task A_key_another_pupil_of_the_vestiging_has_is_a_conflict_and_changes_nothing()
    {
        var tweede = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        using (var eerste = await ZetAsync(LeerlingId, new { lasSleutel = "LN-1" }, Las))
        {
            eerste.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var dubbel = await ZetAsync(tweede, new { lasSleutel = "LN-1" }, Las);
        (await ProbleemAsync(dubbel, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:las-sleutel-in-gebruik");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{tweede}", token: Las)).TryGetProperty("lasSleutel", out _).ShouldBeFalse();

        // Setting the same key again on the same pupil is no conflict.
        using var zelfde = await ZetAsync(LeerlingId, new { lasSleutel = "LN-1" }, Las);
        zelfde.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Bad_keys_are_refused_with_every_problem_and_a_stale_version_with_412()
    {
        using var teLang = await ZetAsync(LeerlingId, new { lasSleutel = new string('7', 65) }, Las);
        (await ProbleemAsync(teLang, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("tekst-te-lang");
        using var stuurteken = await ZetAsync(LeerlingId, new { lasSleutel = "LN\n47" }, Las);
        var fout = (await ProbleemAsync(stuurteken, 400)).GetProperty("errors")[0];
        fout.GetProperty("code").GetString().ShouldBe("las-sleutel-ongeldig");
        fout.GetProperty("pointer").GetString().ShouldBe("#/lasSleutel");

        using var verouderd = await ZetAsync(LeerlingId, new { lasSleutel = "LN-2" }, Las, ifMatch: "\"1\"");
        await ProbleemAsync(verouderd, 412);
    }

    [Test]
    public async Task Only_a_koppeling_with_the_scope_and_only_for_pupils_of_its_own_vestigingen()
    {
        var lezer = await LasAsync("las-lezer", EigenVestiging, "leerlingen.lezen");
        using var zonderScope = await ZetAsync(LeerlingId, new { lasSleutel = "LN-3" }, lezer);
        await ProbleemAsync(zonderScope, 403);

        var anderePupil = await RegistreerLeerlingAsync("Mila", AndereVestiging, IbAnder);
        using var anderen = await ZetAsync(anderePupil, new { lasSleutel = "LN-3" }, Las);
        await ProbleemAsync(anderen, 404);

        // School staff of the pupil's own school may record it as well (for a LAS without a koppeling); an expert not.
        using var school = await ZetAsync(LeerlingId, new { lasSleutel = "LN-3" }, IbEigen);
        school.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var expert = await ZetAsync(LeerlingId, new { lasSleutel = "LN-4" }, Expert);
        await ProbleemAsync(expert, 403);
    }

    /// <summary>
    /// PUTs the key with If-Match: the pupil's current ETag as <paramref name="token"/> reads it (or the medewerker's when
    /// the caller may not read the pupil), unless <paramref name="ifMatch"/> names one.
    /// </summary>
    private async Task<HttpResponseMessage> ZetAsync(Guid leerling, object inhoud, string token, string? ifMatch = null)
    {
        if (ifMatch is null)
        {
            using var gelezen = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{leerling}", token: Medewerker);
            gelezen.StatusCode.ShouldBe(HttpStatusCode.OK);
            ifMatch = gelezen.Headers.ETag!.Tag;
        }

        using var verzoek = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/leerlingen/{leerling}/las-sleutel") { Content = JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(verzoek);
    }
}
