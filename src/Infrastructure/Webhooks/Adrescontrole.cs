using System.Net;
using System.Net.Sockets;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// The SSRF rule on one IP address: webhooks never go to loopback, private (RFC 1918, fc00::/7), link-local
/// (169.254/16, fe80::/10, where cloud metadata lives: 169.254.169.254, fd00:ec2::254), unspecified, multicast,
/// broadcast/reserved or CGNAT (100.64/10) addresses. Loopback only when the demo/test setting allows it.
/// </summary>
public static class Adrescontrole
{
    private static readonly (IPAddress Net, int Prefix, string Reden)[] Geweigerd =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "een niet-gespecificeerd adres"),
        (IPAddress.Parse("10.0.0.0"), 8, "een privé-adres"),
        (IPAddress.Parse("100.64.0.0"), 10, "een CGNAT-adres"),
        (IPAddress.Parse("169.254.0.0"), 16, "een link-local- of metadata-adres"),
        (IPAddress.Parse("172.16.0.0"), 12, "een privé-adres"),
        (IPAddress.Parse("192.168.0.0"), 16, "een privé-adres"),
        (IPAddress.Parse("224.0.0.0"), 4, "een multicast-adres"),
        (IPAddress.Parse("240.0.0.0"), 4, "een gereserveerd adres"),
        (IPAddress.Parse("fc00::"), 7, "een privé-adres"),
        (IPAddress.Parse("fe80::"), 10, "een link-local-adres"),
        (IPAddress.Parse("ff00::"), 8, "een multicast-adres"),
    ];

    /// <summary>Why the address is refused (Dutch, for a problem), or null when webhooks may go there.</summary>
    public static string? Weigering(IPAddress adres, bool loopbackToegestaan)
    {
        ArgumentNullException.ThrowIfNull(adres);
        if (adres.IsIPv4MappedToIPv6)
        {
            adres = adres.MapToIPv4();
        }

        if (IPAddress.IsLoopback(adres))
        {
            return loopbackToegestaan ? null : "een loopback-adres";
        }

        if (adres.Equals(IPAddress.IPv6Any) || adres.Equals(IPAddress.IPv6None))
        {
            return "een niet-gespecificeerd adres";
        }

        foreach (var (net, prefix, reden) in Geweigerd)
        {
            if (net.AddressFamily == adres.AddressFamily && InNet(adres, net, prefix))
            {
                return reden;
            }
        }

        return null;
    }

    private static bool InNet(IPAddress adres, IPAddress net, int prefix)
    {
        var a = adres.GetAddressBytes();
        var n = net.GetAddressBytes();
        var hele = prefix / 8;
        for (var i = 0; i < hele; i++)
        {
            if (a[i] != n[i])
            {
                return false;
            }
        }

        var rest = prefix % 8;
        if (rest == 0)
        {
            return true;
        }

        var masker = (byte)(0xFF << (8 - rest));
        return (a[hele] & masker) == (n[hele] & masker);
    }

    /// <summary>The addresses a host name stands for; an IP literal is itself.</summary>
    public static async Task<IPAddress[]> LosOpAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var ip) ? [ip] : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);

    /// <summary>
    /// Connects to the target only at an address that passed the rule, after resolving it here: a name that resolved to
    /// a public address when subscribing and to a private one now (DNS rebinding) is refused at this point.
    /// </summary>
    public static async ValueTask<Stream> VerbindAsync(DnsEndPoint doel, bool loopbackToegestaan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(doel);
        var adressen = await LosOpAsync(doel.Host, ct).ConfigureAwait(false);
        if (adressen.Length == 0)
        {
            throw new WebhookAdresGeweigerdException($"{doel.Host} resolves to no address.");
        }

        if (adressen.Select(a => (Adres: a, Reden: Weigering(a, loopbackToegestaan))).FirstOrDefault(a => a.Reden is not null) is { Reden: { } reden } fout)
        {
            throw new WebhookAdresGeweigerdException($"{doel.Host} resolves to {fout.Adres}: {reden}.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(adressen, doel.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The target resolved to an address webhooks may not go to (see <see cref="Adrescontrole"/>).</summary>
public sealed class WebhookAdresGeweigerdException : Exception
{
    public WebhookAdresGeweigerdException()
    {
    }

    public WebhookAdresGeweigerdException(string message)
        : base(message)
    {
    }

    public WebhookAdresGeweigerdException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
