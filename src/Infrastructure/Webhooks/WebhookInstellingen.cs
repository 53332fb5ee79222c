using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Webhooks;

namespace PassendOnderwijs.Infrastructure.Webhooks;

internal sealed class WebhookInstellingen(IOptions<WebhookOpties> opties) : IWebhookInstellingen
{
    public TimeSpan VorigGeheimGeldig => opties.Value.VorigGeheimGeldig;
}
