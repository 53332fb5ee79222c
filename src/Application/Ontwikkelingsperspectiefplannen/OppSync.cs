using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The school's copy of the ROD fields of its OPP's, for its LAS (ROD registration): a full copy at
/// /ontwikkelingsperspectiefplannen/sync, then /ontwikkelingsperspectiefplannen/wijzigingen. The store's filters keep
/// a koppeling to the OPP's of its own vestigingen, as for the arrangementen.
/// </summary>
internal sealed class OppSync : ISyncfeed<Ontwikkelingsperspectiefplan>
{
    public static Tokensoort Cursorsoort => Tokensoort.OppSyncCursor;

    public static Tokensoort Tokensoort => Tokensoort.OppWijzigingen;

    public static string VolledigePad => "/ontwikkelingsperspectiefplannen/sync";

    public static IQueryable<Ontwikkelingsperspectiefplan> Zichtbaar(IApplicationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Ontwikkelingsperspectiefplannen;
    }

    /// <summary>
    /// What the copy holds: the plans that were vastgesteld at least once. A concept is the school's work in progress
    /// and has no begindatum yet (the first vaststelling is the begindatum), so there is nothing for ROD; once
    /// vastgesteld a plan stays in, also in herziening and afgesloten, so the LAS learns the einddatum.
    /// </summary>
    public static IQueryable<Ontwikkelingsperspectiefplan> Vastgesteld(IApplicationDbContext db) =>
        Zichtbaar(db).AsNoTracking().Where(o => o.EersteVaststelling != null);

    /// <summary>Only the columns an item shows, read in the page's query: never the versions (the content).</summary>
    public static readonly Expression<Func<Ontwikkelingsperspectiefplan, OppSyncRij>> Rij = o => new OppSyncRij(
        o.Id,
        o.LeerlingId,
        o.Samenwerkingsverband,
        o.Vestiging,
        o.RodPlichtig,
        o.EersteVaststelling!.Value,
        o.RodBegindatumGeregistreerdOp,
        o.Einddatum,
        o.RodEinddatumGeregistreerdOp,
        o.Status,
        o.Versie);

    /// <summary>The items of a page, each with its pupil as the arrangementen and TLV feeds identify them.</summary>
    public static Func<IReadOnlyList<OppSyncRij>, Task<List<OppRegistratieDto>>> AlsItems(IApplicationDbContext db, CancellationToken ct) =>
        rijen => db.MetLeerlingAsync(rijen, r => (r.LeerlingId, r.Samenwerkingsverband), (r, leerling) => r.AlsDto(leerling), ct);
}

/// <summary>An OPP of the copy as read, before its pupil is looked up.</summary>
internal sealed record OppSyncRij(
    Guid Id,
    Guid LeerlingId,
    SwvCode Samenwerkingsverband,
    VestigingCode Vestiging,
    bool RodPlichtig,
    DateOnly Begindatum,
    DateOnly? BegindatumGeregistreerdOp,
    DateOnly? Einddatum,
    DateOnly? EinddatumGeregistreerdOp,
    OppStatus Status,
    long Versie) : IGenummerd
{
    public OppRegistratieDto AlsDto(ArrangementLeerlingDto leerling) => new(
        Id,
        leerling,
        Vestiging.Waarde,
        RodPlichtig,
        Begindatum,
        Ontwikkelingsperspectiefplan.RodDatumTeRegistreren(RodPlichtig, Begindatum, Begindatum, BegindatumGeregistreerdOp),
        BegindatumGeregistreerdOp,
        Einddatum,
        Ontwikkelingsperspectiefplan.RodDatumTeRegistreren(RodPlichtig, Begindatum, Einddatum, EinddatumGeregistreerdOp),
        EinddatumGeregistreerdOp,
        OppStatusCodes.Lijst.Code(Status),
        Versie);
}
