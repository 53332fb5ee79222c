using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Ouders;

/// <summary>
/// Issue 19, consent per recipient: a person outside the school and the SWV (an external expert) sees a pupil only
/// while involved AND covered by an active consent of an ouder of that child; withdrawing holds on the next request
/// and stays on record. Two families at one school: an ouder gives consent for their own child only.
/// </summary>
public class ToestemmingTests : ArrangementTest
{
    private static string Toestemmingen(Guid leerling) => $"/api/v1/ouderportaal/kinderen/{leerling}/toestemmingen";

    [Test]
    public async Task An_external_expert_sees_the_pupil_only_with_the_ouders_consent_and_not_after_its_withdrawal()
    {
        var (externId, extern_) = await MaakExterneExpertAsync();
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/leerlingen/{LeerlingId}/betrokkenen",
            new { expertId = externId, reden = "Ambulante begeleiding in de klas.", tot = "2027-07-31" }, Medewerker);
        await MaakExpertBetrokkenAsync();
        var bram = await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen);
        var (_, moeder) = await NodigUitEnActiveerAsync(LeerlingId, "moeder.sanne@voorbeeld.nl", "Eva de Vries");
        var (_, vaderBram) = await NodigUitEnActiveerAsync(bram, "vader.bram@voorbeeld.nl", "Tom Jansen");

        // Involved, but without consent: the pupil does not exist for the external person. The SWV's own expert,
        // involved the same way, sees it as before.
        await ZietLeerlingAsync(extern_, HttpStatusCode.NotFound);
        await ZietLeerlingAsync(Expert, HttpStatusCode.OK);

        // The ouder sees whom they can give consent to: the external person involved now, not the SWV's own expert.
        var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Toestemmingen(LeerlingId), token: moeder);
        lijst.GetProperty("toestemmingen").GetArrayLength().ShouldBe(0);
        var mogelijk = lijst.GetProperty("mogelijkeOntvangers").EnumerateArray().Select(m => m.GetProperty("ontvanger")).ToList();
        mogelijk.Select(m => m.GetProperty("naam").GetString()).ShouldBe(["Anna Extern"]);
        mogelijk[0].GetProperty("organisatie").GetString().ShouldBe("Ambulante Dienst Oost");

        // Every problem at once; another family's child is 404.
        using (var leeg = await Stuur(HttpMethod.Post, Toestemmingen(LeerlingId), new { gebruikerId = ExpertId }, moeder))
        {
            var fouten = (await ProbleemAsync(leeg, 400)).GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
            fouten.ShouldBe(["doel-vereist", "ontvanger-onbekend"], ignoreOrder: true);
        }

        var geldig = new { gebruikerId = externId, doel = "Begeleiding van Sanne in de klas en overleg met de leerkracht." };
        using (var ander = await Stuur(HttpMethod.Post, Toestemmingen(LeerlingId), geldig, vaderBram))
        {
            await ProbleemAsync(ander, 404);
        }

        using var gegeven = await Stuur(HttpMethod.Post, Toestemmingen(LeerlingId), geldig, moeder);
        gegeven.StatusCode.ShouldBe(HttpStatusCode.Created, await gegeven.Content.ReadAsStringAsync());
        var toestemming = await JsonAsync(gegeven);
        var id = toestemming.GetProperty("id").GetGuid();
        toestemming.GetProperty("actief").GetBoolean().ShouldBeTrue();
        toestemming.GetProperty("gegevenDoor").GetString().ShouldBe("Eva de Vries");
        toestemming.GetProperty("wijze").GetString().ShouldBe("ouderportaal");

        // From the next request on, the external person sees the pupil; a second consent for the same is 409.
        await ZietLeerlingAsync(extern_, HttpStatusCode.OK);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen", token: extern_)).GetProperty("leerlingen").GetArrayLength().ShouldBe(1);
        using (var tweede = await Stuur(HttpMethod.Post, Toestemmingen(LeerlingId), geldig, moeder))
        {
            (await ProbleemAsync(tweede, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:toestemming-al-gegeven");
        }

        // The school and SWV staff see it; another school does not.
        var bijSchool = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}/toestemmingen", token: IbEigen);
        bijSchool.GetProperty("toestemmingen")[0].GetProperty("ontvanger").GetProperty("naam").GetString().ShouldBe("Anna Extern");
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}/toestemmingen", token: Medewerker);
        using (var andereSchool = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}/toestemmingen", token: IbAnder))
        {
            await ProbleemAsync(andereSchool, 404);
        }

        // Withdrawn: at once the pupil is gone for the external person; the consent stays on record as withdrawn.
        var ingetrokken = await Verwacht(HttpStatusCode.OK, HttpMethod.Delete, $"{Toestemmingen(LeerlingId)}/{id}", token: moeder);
        ingetrokken.GetProperty("actief").GetBoolean().ShouldBeFalse();
        ingetrokken.TryGetProperty("ingetrokkenOp", out _).ShouldBeTrue();
        await ZietLeerlingAsync(extern_, HttpStatusCode.NotFound);
        using (var weer = await Stuur(HttpMethod.Delete, $"{Toestemmingen(LeerlingId)}/{id}", token: moeder))
        {
            (await ProbleemAsync(weer, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:toestemming-al-ingetrokken");
        }

        var historie = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}/toestemmingen", token: IbEigen)).GetProperty("toestemmingen");
        historie.GetArrayLength().ShouldBe(1);
        historie[0].GetProperty("ingetrokkenDoor").GetString().ShouldBe("Eva de Vries");
        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.ShouldContain(("aanmaken", "toestemming", "Eva de Vries"));
        audit.ShouldContain(("wijzigen", "toestemming", "Eva de Vries"));
    }

    [Test]
    public async Task The_school_records_a_consent_on_paper_and_withdraws_it_and_the_external_expert_sees_the_pupil_only_in_between()
    {
        var (externId, extern_) = await MaakExterneExpertAsync();
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/leerlingen/{LeerlingId}/betrokkenen",
            new { expertId = externId, reden = "Ambulante begeleiding in de klas.", tot = "2027-07-31" }, Medewerker);
        var pad = $"/api/v1/leerlingen/{LeerlingId}/toestemmingen";
        await ZietLeerlingAsync(extern_, HttpStatusCode.NotFound);

        // Every problem at once: who signed, what for, and a recipient from the list.
        using (var leeg = await Stuur(HttpMethod.Post, pad, new { gebruikerId = ExpertId }, IbEigen))
        {
            var fouten = (await ProbleemAsync(leeg, 400)).GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
            fouten.ShouldBe(["ouder-vereist", "doel-vereist", "ontvanger-onbekend"], ignoreOrder: true);
        }

        // Only the pupil's own school records it: another school does not know the pupil, the SWV may not.
        var geldig = new { ouderNaam = "Eva de Vries", gebruikerId = externId, doel = "Begeleiding van Sanne in de klas.", tot = "2027-07-15" };
        using (var andereSchool = await Stuur(HttpMethod.Post, pad, geldig, IbAnder))
        {
            await ProbleemAsync(andereSchool, 404);
        }

        using (var swv = await Stuur(HttpMethod.Post, pad, geldig, Medewerker))
        {
            swv.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using var gegeven = await Stuur(HttpMethod.Post, pad, geldig, IbEigen);
        gegeven.StatusCode.ShouldBe(HttpStatusCode.Created, await gegeven.Content.ReadAsStringAsync());
        var toestemming = await JsonAsync(gegeven);
        var id = toestemming.GetProperty("id").GetGuid();
        toestemming.GetProperty("wijze").GetString().ShouldBe("op-papier");
        toestemming.GetProperty("gegevenDoor").GetString().ShouldBe("Eva de Vries");
        toestemming.GetProperty("tot").GetString().ShouldBe("2027-07-15");

        // No ouder is linked in the portal, and still the paper consent counts; the same recipient twice is 409.
        await ZietLeerlingAsync(extern_, HttpStatusCode.OK);
        using (var tweede = await Stuur(HttpMethod.Post, pad, geldig, IbEigen))
        {
            (await ProbleemAsync(tweede, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:toestemming-al-gegeven");
        }

        // Withdrawn by the school: gone at once for the external person; twice is 409.
        var ingetrokken = await Verwacht(HttpStatusCode.OK, HttpMethod.Delete, $"{pad}/{id}", token: IbEigen);
        ingetrokken.GetProperty("actief").GetBoolean().ShouldBeFalse();
        await ZietLeerlingAsync(extern_, HttpStatusCode.NotFound);
        using (var weer = await Stuur(HttpMethod.Delete, $"{pad}/{id}", token: IbEigen))
        {
            (await ProbleemAsync(weer, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:toestemming-al-ingetrokken");
        }

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString())).ToList();
        audit.ShouldContain(("aanmaken", "toestemming"));
        audit.ShouldContain(("wijzigen", "toestemming"));
    }

    [Test]
    public async Task Only_an_expert_can_be_external_and_an_aanbieder_must_be_in_the_register()
    {
        using (var geenExpert = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "ib2@voorbeeld.nl", naam = "IB", rol = "swv-medewerker", externeOrganisatie = new { naam = "Extern BV" } }))
        {
            (await ProbleemAsync(geenExpert, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("extern-alleen-expert");
        }

        using var onbekend = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "oba@voorbeeld.nl", naam = "OBA", rol = "expert", externeOrganisatie = new { aanbiederCode = "999A999" } });
        (await ProbleemAsync(onbekend, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("aanbieder-onbekend");
    }

    private async Task ZietLeerlingAsync(string token, HttpStatusCode verwacht)
    {
        using var antwoord = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: token);
        antwoord.StatusCode.ShouldBe(verwacht);
    }

    private async Task<(Guid Id, string Token)> MaakExterneExpertAsync()
    {
        var nieuw = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "anna@ambulant.nl", naam = "Anna Extern", rol = "expert", externeOrganisatie = new { naam = "Ambulante Dienst Oost" } });
        nieuw.GetProperty("gebruiker").GetProperty("externeOrganisatie").GetProperty("naam").GetString().ShouldBe("Ambulante Dienst Oost");
        using var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
        (await Aanmelding.ActiveerAsync(browser, nieuw.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (nieuw.GetProperty("gebruiker").GetProperty("id").GetGuid(), await Aanmelding.AccessTokenAsync("anna@ambulant.nl"));
    }
}
