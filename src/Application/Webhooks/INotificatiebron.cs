namespace PassendOnderwijs.Application.Webhooks;

/// <summary>The CloudEvents source of every notificatie: the product's public address (setting PubliekeUrl).</summary>
public interface INotificatiebron
{
    string Bron { get; }
}
