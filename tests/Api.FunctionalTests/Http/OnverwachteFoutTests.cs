using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using AutoMapper;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>A bug must surface as a 500 problem that tells the client nothing about the internals.</summary>
public class OnverwachteFoutTests
{
    private const string Geheim = "Npgsql geheime-verbindingsdetails in stack trace";

    [Test]
    public async Task An_unhandled_exception_is_a_500_problem_without_internals()
    {
        await using var fabriek = new ApiFabriek(
            TestOmgeving.Database.Verbinding,
            services =>
            {
                // The query handlers need a mapper; the start-up (migrations, reference data) does not.
                services.RemoveAll<IMapper>();
                services.AddScoped<IMapper>(_ => throw new InvalidOperationException(Geheim));
            });
        using var client = fabriek.CreateClient();

        using var response = await client.GetAsync("/api/v1/expertises");

        ((int)response.StatusCode).ShouldBe(500);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("geheime");
        body.ShouldNotContain("InvalidOperationException");
        body.ShouldNotContain(" at ");
        body.ShouldContain("\"traceId\"");
    }
}
