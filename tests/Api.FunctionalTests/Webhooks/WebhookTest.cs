namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>
/// What every webhook test shares: a second API instance that turns events into afleveringen and delivers them round
/// by round with a movable clock, and a receiver inside the test; both fresh for each test. The koppelingen and
/// abonnementen are each test's own (its own SetUp runs after this one's).
/// </summary>
[NonParallelizable]
public abstract class WebhookTest : ArrangementTest
{
    protected WebhookInstantie Instantie { get; private set; } = null!;

    protected WebhookOntvanger Ontvanger { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartWebhooksAsync()
    {
        Instantie = new WebhookInstantie();
        Ontvanger = await WebhookOntvanger.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopWebhooksAsync()
    {
        await Ontvanger.DisposeAsync();
        await Instantie.DisposeAsync();
    }

    [SetUp]
    public void HerstelWebhooks()
    {
        Ontvanger.Herstel();
        Instantie.Klok.Herstel();
    }
}
