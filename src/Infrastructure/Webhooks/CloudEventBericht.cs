using System.Text;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// A notificatie as a structured CloudEvent (JSON): specversion, type, id, source, subject, time, datacontenttype;
/// no data, so never pupil data. The receiver fetches the subject with its own token.
/// </summary>
internal static class CloudEventBericht
{
    public const string Mediatype = "application/cloudevents+json";

    private static readonly JsonEventFormatter Formatter = new();

    public static string Json(KoppelingNotificatie notificatie, string bron)
    {
        ArgumentNullException.ThrowIfNull(notificatie);
        var gebeurtenis = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = notificatie.Id.ToString(),
            Type = notificatie.Soort,
            Source = new Uri(bron, UriKind.RelativeOrAbsolute),
            Subject = notificatie.Subject,
            Time = notificatie.Op,
            DataContentType = "application/json",
        };
        return Encoding.UTF8.GetString(Formatter.EncodeStructuredModeMessage(gebeurtenis, out _).Span);
    }
}
