using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.Http;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// The gate that lets a bounded number of API requests run at once, on its own: a request the test holds open keeps
/// its turn, the next one waits for it, and one more than the queue holds is refused with a 503 problem at once.
/// </summary>
public sealed class GelijktijdigheidTests
{
    private ServiceProvider _services = null!;

    [SetUp]
    public void MaakDiensten() => _services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();

    [TearDown]
    public void RuimOp() => _services.Dispose();

    [Test]
    public async Task A_request_waits_for_a_turn_and_runs_when_the_one_before_it_is_done()
    {
        var eerste = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gestart = new List<string>();
        var poort = Poort(maximaal: 1, wachtrij: 1, async context =>
        {
            lock (gestart)
            {
                gestart.Add(context.Request.Path.Value!);
            }

            if (context.Request.Path == "/api/v1/eerste")
            {
                await eerste.Task;
            }
        });

        var bezig = poort.InvokeAsync(Verzoek("/api/v1/eerste"), Problemen());
        var wacht = poort.InvokeAsync(Verzoek("/api/v1/tweede"), Problemen());

        wacht.IsCompleted.ShouldBeFalse("the second request waits while the first holds the only turn");
        gestart.ShouldBe(["/api/v1/eerste"]);

        eerste.SetResult();
        await bezig;
        await wacht;
        gestart.ShouldBe(["/api/v1/eerste", "/api/v1/tweede"]);
    }

    [Test]
    public async Task A_request_beyond_the_queue_gets_a_503_problem_with_retry_after()
    {
        var vrij = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var poort = Poort(maximaal: 1, wachtrij: 0, _ => vrij.Task);
        var bezig = poort.InvokeAsync(Verzoek("/api/v1/arrangementen"), Problemen());

        var geweigerd = Verzoek("/api/v1/arrangementen");
        geweigerd.Response.Body = new MemoryStream();
        await poort.InvokeAsync(geweigerd, Problemen());

        geweigerd.Response.StatusCode.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        geweigerd.Response.Headers.RetryAfter.ToString().ShouldBe("1");
        geweigerd.Response.ContentType.ShouldStartWith("application/problem+json");
        geweigerd.Response.Body.Position = 0;
        using var probleem = await JsonDocument.ParseAsync(geweigerd.Response.Body);
        probleem.RootElement.GetProperty("status").GetInt32().ShouldBe(503);
        probleem.RootElement.GetProperty("detail").GetString()!.ShouldEndWith(".");
        vrij.SetResult();
        await bezig;
    }

    [Test]
    public async Task Health_checks_and_the_spa_never_wait()
    {
        var vrij = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var poort = Poort(maximaal: 1, wachtrij: 0, context => context.Request.Path.StartsWithSegments("/api") ? vrij.Task : Task.CompletedTask);
        var bezig = poort.InvokeAsync(Verzoek("/api/v1/leerlingen"), Problemen());

        foreach (var pad in new[] { "/health/ready", "/", "/werkvoorraad" })
        {
            var verzoek = Verzoek(pad);
            await poort.InvokeAsync(verzoek, Problemen());
            verzoek.Response.StatusCode.ShouldBe(StatusCodes.Status200OK, pad);
        }

        vrij.SetResult();
        await bezig;
    }

    private static GelijktijdigheidMiddleware Poort(int maximaal, int wachtrij, RequestDelegate volgende)
    {
        var opties = new GelijktijdigheidOpties { Maximaal = maximaal, Wachtrij = wachtrij };
        return new GelijktijdigheidMiddleware(volgende, opties, GelijktijdigheidMiddleware.Maak(opties));
    }

    private IProblemDetailsService Problemen() => _services.GetRequiredService<IProblemDetailsService>();

    private DefaultHttpContext Verzoek(string pad)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Path = pad;
        context.Request.Method = HttpMethods.Get;
        return context;
    }
}
