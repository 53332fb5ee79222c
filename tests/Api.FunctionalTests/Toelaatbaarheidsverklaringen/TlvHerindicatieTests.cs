using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Toelaatbaarheidsverklaringen;

/// <summary>
/// The herindicatie signal: a TLV that ends within the SWV's signal term (by default 26 weeks, half a year) is in the
/// werkvoorraad of the SWV and of the receiving school, where the pupil is placed. The test clock stands on 24 November
/// 2026 and the werkvoorraad looks 30 days ahead, so a TLV ending on 31 May 2027 shows with the default term (its signal
/// starts on 30 November 2026) and would not with the former 12 weeks (8 March 2027).
/// </summary>
public class TlvHerindicatieTests : TlvTest
{
    [Test]
    public async Task A_TLV_ending_within_half_a_year_is_in_the_werkvoorraad_of_the_SWV_and_of_the_receiving_school()
    {
        var id = await AflopendAsync("PO2705-TLV-0100");

        (await HerindicatieAsync(id, Medewerker)).GetProperty("voor").GetString().ShouldBe("swv-medewerker");
        var school = await HerindicatieAsync(id, IbAnder);
        school.GetProperty("voor").GetString().ShouldBe("school-medewerker");
        school.GetProperty("deadline").GetString().ShouldBe("2027-05-31");
        school.GetProperty("beoogdeSchool").GetString().ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task A_TLV_ending_later_is_not_yet_in_the_werkvoorraad()
    {
        var (id, _) = await BekendgemaaktAsync("PO2705-TLV-0101");

        (await Werkvoorraad(Medewerker)).ShouldNotContain(i => i.GetProperty("tlvId").GetGuid() == id && i.GetProperty("actie").GetString() == "herindicatie");
        (await Werkvoorraad(IbAnder)).ShouldNotContain(i => i.GetProperty("tlvId").GetGuid() == id && i.GetProperty("actie").GetString() == "herindicatie");
    }

    private async Task<JsonElement> HerindicatieAsync(Guid id, string token) =>
        (await Werkvoorraad(token)).Where(i => i.GetProperty("tlvId").GetGuid() == id && i.GetProperty("actie").GetString() == "herindicatie").ShouldHaveSingleItem();

    private async Task<List<JsonElement>> Werkvoorraad(string token) =>
        [.. (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{TlvPad}/werkvoorraad", token: token)).GetProperty("items").EnumerateArray()];
}
