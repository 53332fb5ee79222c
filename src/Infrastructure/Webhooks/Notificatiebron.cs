using PassendOnderwijs.Application.Webhooks;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>The CloudEvents source: the configured public address (PubliekeUrl), without a trailing slash.</summary>
internal sealed class Notificatiebron(string? publiekeUrl) : INotificatiebron
{
    public string Bron { get; } = (publiekeUrl ?? "https://passendonderwijs.invalid").TrimEnd('/');
}
