using System.Net;
using PassendOnderwijs.Infrastructure.Webhooks;

namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>The SSRF rule on single addresses (no database, no network).</summary>
public class AdrescontroleTests
{
    [TestCase("127.0.0.1")]
    [TestCase("::1")]
    [TestCase("10.0.0.1")]
    [TestCase("172.16.5.4")]
    [TestCase("172.31.255.255")]
    [TestCase("192.168.1.1")]
    [TestCase("169.254.169.254")]
    [TestCase("100.64.0.1")]
    [TestCase("100.127.255.254")]
    [TestCase("0.0.0.0")]
    [TestCase("::")]
    [TestCase("224.0.0.1")]
    [TestCase("255.255.255.255")]
    [TestCase("fc00::1")]
    [TestCase("fd00:ec2::254")]
    [TestCase("fe80::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:10.0.0.1")]
    [TestCase("::ffff:127.0.0.1")]
    public void An_internal_address_is_refused(string adres) =>
        Adrescontrole.Weigering(IPAddress.Parse(adres), loopbackToegestaan: false).ShouldNotBeNull();

    [TestCase("93.184.215.14")]
    [TestCase("172.32.0.1")]
    [TestCase("100.128.0.1")]
    [TestCase("8.8.8.8")]
    [TestCase("2606:4700::1111")]
    public void A_public_address_is_allowed(string adres) =>
        Adrescontrole.Weigering(IPAddress.Parse(adres), loopbackToegestaan: false).ShouldBeNull();

    [TestCase("127.0.0.1")]
    [TestCase("::1")]
    public void Loopback_only_when_the_demo_or_test_setting_allows_it(string adres) =>
        Adrescontrole.Weigering(IPAddress.Parse(adres), loopbackToegestaan: true).ShouldBeNull();

    [Test]
    public void Loopback_allowed_does_not_open_private_addresses() =>
        Adrescontrole.Weigering(IPAddress.Parse("10.0.0.1"), loopbackToegestaan: true).ShouldNotBeNull();

    [Test]
    public async Task Connecting_refuses_an_address_that_fails_the_rule_after_resolving()
    {
        await Should.ThrowAsync<WebhookAdresGeweigerdException>(async () =>
            await Adrescontrole.VerbindAsync(new DnsEndPoint("169.254.169.254", 80), loopbackToegestaan: true, CancellationToken.None));
        await Should.ThrowAsync<WebhookAdresGeweigerdException>(async () =>
            await Adrescontrole.VerbindAsync(new DnsEndPoint("localhost", 80), loopbackToegestaan: false, CancellationToken.None));
    }
}
