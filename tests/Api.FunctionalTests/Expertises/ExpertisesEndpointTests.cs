using System.Net;
using System.Net.Http.Headers;

namespace PassendOnderwijs.Api.FunctionalTests.Expertises;

public class ExpertisesEndpointTests : ApiTest
{
    internal static readonly string[] RioCodes =
    [
        "AUTISMESPECTRUMSTOORNISSEN", "COGNITIEVE_BEPERKINGEN", "DOOF_MEERVOUDIG_BEPERKT", "DOOFBLINDHEID", "DOOFHEID",
        "EPILEPSIE", "GEDRAGSPROBLEMEN", "LANGDURIGE_ZIEKTE", "LICHAMELIJKE_BEPERKINGEN", "MEERVOUDIGE_BEPERKINGEN",
        "SLECHTHOREND_MEERVOUDIG_BEPERKT", "SLECHTHORENDHEID", "SOCIAALPSYCHOLOGISCHE_PROBLEMEN",
        "TAALONTWIKKELINGSSTOORNISSEN", "VISUEEL_MEERVOUDIG_BEPERKT", "VISUELE_BEPERKINGEN",
    ];

    [Test]
    public async Task The_list_of_the_current_leerjaar_has_the_16_RIO_expertises()
    {
        using var response = await Client.GetAsync("/api/v1/expertises");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var lijst = await JsonAsync(response);
        lijst.GetProperty("leerjaar").GetString().ShouldBe("2026-2027");
        var expertises = lijst.GetProperty("expertises").EnumerateArray().ToList();
        expertises.Select(e => e.GetProperty("code").GetString()).ShouldBe(RioCodes, ignoreOrder: true);
        expertises.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.GetProperty("omschrijving").GetString()));
        expertises.Single(e => e.GetProperty("code").GetString() == "SOCIAALPSYCHOLOGISCHE_PROBLEMEN")
            .GetProperty("omschrijving").GetString().ShouldBe("Sociaal-psychologische problemen");
    }

    [Test]
    public async Task One_expertise_is_served_by_code()
    {
        using var response = await Client.GetAsync("/api/v1/expertises/EPILEPSIE?leerjaar=2027-2028");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var expertise = await JsonAsync(response);
        expertise.GetProperty("code").GetString().ShouldBe("EPILEPSIE");
        expertise.GetProperty("omschrijving").GetString().ShouldBe("Epilepsie");
        expertise.GetProperty("leerjaar").GetString().ShouldBe("2027-2028");
    }

    [Test]
    public async Task An_unknown_code_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/api/v1/expertises/BESTAAT_NIET");

        var probleem = await ProbleemAsync(response, 404);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:expertise-onbekend");
        probleem.GetProperty("instance").GetString().ShouldBe("/api/v1/expertises/BESTAAT_NIET");
    }

    [Test]
    public async Task A_leerjaar_without_a_list_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/api/v1/expertises?leerjaar=2019-2020");

        var probleem = await ProbleemAsync(response, 404);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:waardelijst-onbekend");
    }

    [Test]
    public async Task Every_invalid_parameter_is_listed_in_one_400_problem()
    {
        using var response = await Client.GetAsync("/api/v1/expertises/kleine-letters?leerjaar=2026-2028");

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ongeldige-invoer");
        var fouten = probleem.GetProperty("errors").EnumerateArray()
            .Select(f => (f.GetProperty("parameter").GetString(), f.GetProperty("code").GetString()))
            .ToList();
        fouten.ShouldBe([("code", "ongeldige-expertisecode"), ("leerjaar", "ongeldig-leerjaar")]);
    }

    [Test]
    public async Task An_unknown_query_parameter_is_refused_instead_of_silently_ignored()
    {
        using var response = await Client.GetAsync("/api/v1/expertises?jaar=2030-2031&LEERJAAR=2030-2031");

        var probleem = await ProbleemAsync(response, 400);
        var fout = probleem.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        fout.GetProperty("parameter").GetString().ShouldBe("jaar");
        fout.GetProperty("code").GetString().ShouldBe("onbekende-parameter");
    }

    [Test]
    public async Task The_list_can_be_revalidated_with_its_ETag()
    {
        using var eerste = await Client.GetAsync("/api/v1/expertises");
        var etag = eerste.Headers.ETag.ShouldNotBeNull();

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/expertises");
        verzoek.Headers.IfNoneMatch.Add(etag);
        using var tweede = await Client.SendAsync(verzoek);

        tweede.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await tweede.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        tweede.Headers.ETag.ShouldBe(etag);
        tweede.Headers.GetValues("API-Version").ShouldBe(["1.0.0"]);
    }

    [Test]
    public async Task Another_leerjaar_is_another_representation_with_another_ETag()
    {
        using var dit = await Client.GetAsync("/api/v1/expertises?leerjaar=2026-2027");
        using var volgend = await Client.GetAsync("/api/v1/expertises?leerjaar=2027-2028");

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/expertises?leerjaar=2027-2028");
        verzoek.Headers.IfNoneMatch.Add(dit.Headers.ETag!);
        using var metVerkeerdeEtag = await Client.SendAsync(verzoek);

        volgend.Headers.ETag.ShouldNotBe(dit.Headers.ETag);
        metVerkeerdeEtag.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Reference_data_may_be_cached_but_must_be_revalidated()
    {
        using var response = await Client.GetAsync("/api/v1/expertises");

        response.Headers.CacheControl.ShouldBe(new CacheControlHeaderValue { NoCache = true });
    }
}
