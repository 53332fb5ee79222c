using Microsoft.Extensions.Configuration;
using PassendOnderwijs.Application.Webhooks;
using PassendOnderwijs.Infrastructure.Identiteit;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>The CloudEvents source: the configured public address, without a trailing slash.</summary>
internal sealed class Notificatiebron(IConfiguration configuratie) : INotificatiebron
{
    public string Bron { get; } = (configuratie[PubliekeUrl.Sleutel] ?? "https://passendonderwijs.invalid").TrimEnd('/');
}
