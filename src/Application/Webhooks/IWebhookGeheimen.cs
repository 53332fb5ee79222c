namespace PassendOnderwijs.Application.Webhooks;

/// <summary>The webhook secrets: made (Standard Webhooks' whsec_ + base64), stored protected, read back only to sign.</summary>
public interface IWebhookGeheimen
{
    /// <summary>A new secret: the plain text (shown once) and the protected form (stored).</summary>
    (string Geheim, string Beschermd) Nieuw();

    string Lees(string beschermd);
}
