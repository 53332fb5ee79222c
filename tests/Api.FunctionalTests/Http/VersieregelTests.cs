using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// One versioning rule for every aggregate: the version is a change number the database hands out on every insert
/// and update, it is the ETag, the body shows the same number, and a change only ever makes it higher.
/// </summary>
public class VersieregelTests : ArrangementTest
{
    [Test]
    public async Task A_samenwerkingsverband_school_pupil_and_arrangement_each_get_a_higher_change_number_with_every_change()
    {
        await VerwachtHogereVersieAsync("samenwerkingsverband", "/api/v1/samenwerkingsverband", HttpMethod.Put, "/api/v1/samenwerkingsverband", Beheerder, Beheerder, new
        {
            naam = "SWV Test",
            regios = new[] { new { naam = "Noord", lokaleNetwerken = new[] { "Noord-West" } }, new { naam = "Zuid", lokaleNetwerken = Array.Empty<string>() } },
        });
        await VerwachtHogereVersieAsync(
            "school", $"/api/v1/scholen/{EigenVestiging}", HttpMethod.Put, $"/api/v1/scholen/{EigenVestiging}/ondersteuningsprofiel", IbEigen, IbEigen, new { aandachtEnTijd = "Kleine groepen." });
        await VerwachtHogereVersieAsync(
            "leerling", $"/api/v1/leerlingen/{LeerlingId}", HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/ondersteuningsbehoeften", IbEigen, IbEigen, new { visieOuders = "Thuis is ze moe." });
        var (arrangement, _) = await VraagAanAsync();
        await VerwachtHogereVersieAsync("arrangement", $"{Pad}/{arrangement}", HttpMethod.Post, $"{Pad}/{arrangement}/behandeling", Medewerker, Medewerker, new { });
    }

    private async Task VerwachtHogereVersieAsync(string tabel, string pad, HttpMethod methode, string wijzigPad, string lezer, string schrijver, object inhoud)
    {
        var voor = await VersieAsync(pad, lezer);

        using var verzoek = new HttpRequestMessage(methode, wijzigPad) { Content = JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", schrijver);
        verzoek.Headers.TryAddWithoutValidation("If-Match", $"\"{voor}\"");
        using var response = await Client.SendAsync(verzoek);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{wijzigPad}: {await response.Content.ReadAsStringAsync()}");
        var na = (await JsonAsync(response)).GetProperty("versie").GetInt64();
        response.Headers.ETag!.Tag.ShouldBe($"\"{na}\"", wijzigPad);

        na.ShouldBeGreaterThan(voor, wijzigPad);
        (await LaatsteWijzigingsnummerAsync(tabel)).ShouldBe(na, $"{tabel}: the number comes from the aggregate's own change sequence");
        (await VersieAsync(pad, lezer)).ShouldBe(na, pad);
    }

    private static async Task<long> LaatsteWijzigingsnummerAsync(string tabel)
    {
        await using var verbinding = new NpgsqlConnection(TestOmgeving.Database.Verbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"SELECT last_value FROM {tabel}_wijziging", verbinding);
        return (long)(await opdracht.ExecuteScalarAsync())!;
    }

    private async Task<long> VersieAsync(string pad, string lezer)
    {
        using var response = await Stuur(HttpMethod.Get, pad, token: lezer);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, pad);
        var versie = (await JsonAsync(response)).GetProperty("versie").GetInt64();
        response.Headers.ETag!.Tag.ShouldBe(string.Create(CultureInfo.InvariantCulture, $"\"{versie}\""), pad);
        return versie;
    }
}
