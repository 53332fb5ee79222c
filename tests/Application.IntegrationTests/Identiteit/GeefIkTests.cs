using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Identiteit.Queries.GeefIk;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.IntegrationTests.Identiteit;

public class GeefIkTests : IntegratieTest
{
    [Test]
    public async Task A_client_is_described_by_its_token()
    {
        var aanroeper = Scope.GetRequiredService<TestAanroeper>();
        aanroeper.Soort = SoortAanroeper.Client;
        aanroeper.Id = "las-1";
        aanroeper.Samenwerkingsverband = "VO2301";
        aanroeper.Scopes = ["aanbieders.lezen"];

        var ik = (await Sender.Send(new GeefIkQuery())).Waarde;

        ik.ShouldBeEquivalentTo(new IkDto
        {
            Soort = "client",
            Id = "las-1",
            Naam = "las-1",
            Samenwerkingsverband = "VO2301",
            Rollen = aanroeper.Rollen,
            Functies = [],
            Vestigingen = aanroeper.Vestigingen,
            // A client has no e-mail address, no schools and is nobody's betrokkene; VO2301 is not registered here.
            Scholen = [],
            Scopes = aanroeper.Scopes,
        });
    }

    [Test]
    public async Task Without_a_caller_the_pipeline_asks_to_sign_in_before_the_handler_runs() =>
        (await Sender.Send(new GeefIkQuery())).Soort.ShouldBe(FoutSoort.NietAangemeld);
}
