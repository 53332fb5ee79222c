using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// A notificatie as a CloudEvent (structured JSON, specversion 1.0), the same as a webhook's body: the id is the
/// webhook-id, the subject the resource to fetch with the koppeling's own token. Never pupil data.
/// </summary>
public sealed record CloudEventDto(
    string Specversion, string Type, string Source, string Id, string Subject, DateTimeOffset Time, string Datacontenttype)
{
    public static CloudEventDto Van(KoppelingNotificatie notificatie, string bron)
    {
        ArgumentNullException.ThrowIfNull(notificatie);
        return new("1.0", notificatie.Soort, bron, notificatie.Id.ToString(), notificatie.Subject, notificatie.Op, "application/json");
    }
}
