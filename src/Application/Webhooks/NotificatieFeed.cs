using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// The koppeling's notificaties feed: no full copy (a notificatie says what changed, not what is), so a client starts
/// without a token at the oldest notificatie it may see and continues with the token of each answer.
/// </summary>
internal sealed class NotificatieFeed : ISyncfeed<KoppelingNotificatie>
{
    public static Tokensoort Cursorsoort => Tokensoort.NotificatiesCursor;

    public static Tokensoort Tokensoort => Tokensoort.NotificatiesWijzigingen;

    public static string VolledigePad => "/notificaties (zonder vanaf)";

    public static IQueryable<KoppelingNotificatie> Zichtbaar(IApplicationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.KoppelingNotificaties;
    }
}
