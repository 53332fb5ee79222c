using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The arrangementen's copy for a LAS: the full copy is GET /arrangementen without filters, the feed
/// /arrangementen/wijzigingen. The tokens keep the kinds (and bytes) they always had, so tokens given out before stay valid.
/// </summary>
internal sealed class ArrangementSync : ISyncfeed<Arrangement>
{
    public static Tokensoort Cursorsoort => Tokensoort.ArrangementenCursor;

    public static Tokensoort Tokensoort => Tokensoort.ArrangementenWijzigingen;

    public static string VolledigePad => "/arrangementen";

    public static IQueryable<Arrangement> Zichtbaar(IApplicationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Arrangementen;
    }
}
