namespace PassendOnderwijs.Application.Webhooks;

/// <summary>The webhook settings a use case needs (section Webhooks).</summary>
public interface IWebhookInstellingen
{
    /// <summary>During a rotation the previous secret still signs this long, unless retired earlier.</summary>
    TimeSpan VorigGeheimGeldig { get; }
}
