using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// Whether a URL may receive webhooks (SSRF): https (http only for loopback when the setting allows it), and a host
/// that does not resolve to loopback, private, link-local, metadata, unspecified, multicast or CGNAT addresses. The
/// same rule is applied again to the address actually connected to at delivery.
/// </summary>
public interface IWebhookAdrescontrole
{
    /// <summary>Every problem with the URL, as 400 problems on field <paramref name="veld"/>; none when it may be used.</summary>
    Task<IReadOnlyList<Fout>> ControleerAsync(string url, string veld, CancellationToken ct);
}
