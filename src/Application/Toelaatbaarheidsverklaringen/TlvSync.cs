using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>
/// The receiving school's copy of its TLV's, for its LAS (BRON/ROD registration): a full copy at
/// /toelaatbaarheidsverklaringen/sync, then /toelaatbaarheidsverklaringen/wijzigingen.
/// </summary>
internal sealed class TlvSync : ISyncfeed<Toelaatbaarheidsverklaring>
{
    public static Tokensoort Cursorsoort => Tokensoort.TlvSyncCursor;

    public static Tokensoort Tokensoort => Tokensoort.TlvWijzigingen;

    public static string VolledigePad => "/toelaatbaarheidsverklaringen/sync";

    public static IQueryable<Toelaatbaarheidsverklaring> Zichtbaar(IApplicationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Toelaatbaarheidsverklaringen;
    }

    /// <summary>
    /// What the copy holds: the TLV's whose beoogde school is one of the caller's vestigingen, once made known. The
    /// DbContext also lets a koppeling see the TLV's its vestigingen requested, but those are the requesting school's
    /// business, not what a receiving school registers; and a decision not yet sent is no fact for the school yet.
    /// Once made known a TLV stays in, also in bezwaar or herroepen, so the LAS learns about a herroeping.
    /// </summary>
    public static IQueryable<Toelaatbaarheidsverklaring> Ontvangen(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aanroeper);
        var vestigingen = aanroeper.Vestigingen.Select(v => VestigingCode.Parse(v)).Where(v => v.IsGelukt).Select(v => v.Waarde).ToList();
        return db.Toelaatbaarheidsverklaringen.AsNoTracking()
            .Where(t => t.BekendgemaaktOp != null && vestigingen.Contains(t.BeoogdeSchool.Vestiging));
    }

    /// <summary>Only the columns an item shows, read in the page's query.</summary>
    public static readonly Expression<Func<Toelaatbaarheidsverklaring, TlvSyncRij>> Rij = t => new TlvSyncRij(
        t.Id,
        t.LeerlingId,
        t.Samenwerkingsverband,
        t.Beschikkingsnummer!,
        t.BeoogdeSchool.Vestiging,
        t.Status,
        t.Toelaatbaar!.Value,
        t.Soort,
        t.Categorie,
        t.Ingangsdatum,
        t.Einddatum,
        t.BekendgemaaktOp!.Value,
        t.IngeschrevenOp,
        t.Versie);

    /// <summary>The items of a page, each with its pupil as the arrangementen feed identifies them.</summary>
    public static Func<IReadOnlyList<TlvSyncRij>, Task<List<TlvRegistratieDto>>> AlsItems(IApplicationDbContext db, CancellationToken ct) =>
        rijen => db.MetLeerlingAsync(rijen, r => (r.LeerlingId, r.Samenwerkingsverband), (r, leerling) => r.AlsDto(leerling), ct);
}

/// <summary>A TLV of the copy as read, before its pupil is looked up.</summary>
internal sealed record TlvSyncRij(
    Guid Id,
    Guid LeerlingId,
    SwvCode Samenwerkingsverband,
    string Beschikkingsnummer,
    VestigingCode BeoogdeVestiging,
    TlvStatus Status,
    bool Toelaatbaar,
    SoortToelaatbaarheid Soort,
    Bekostigingscategorie Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    DateOnly BekendgemaaktOp,
    DateOnly? IngeschrevenOp,
    long Versie) : IGenummerd
{
    public TlvRegistratieDto AlsDto(ArrangementLeerlingDto leerling) => new(
        Id,
        Beschikkingsnummer,
        Samenwerkingsverband.Waarde,
        leerling,
        BeoogdeVestiging.Waarde,
        TlvStatusCodes.Lijst.Code(Status),
        Toelaatbaar,
        SoortToelaatbaarheidCodes.Lijst.Code(Soort),
        BekostigingscategorieCodes.Lijst.Code(Categorie),
        Ingangsdatum,
        Einddatum,
        BekendgemaaktOp,
        IngeschrevenOp,
        Versie);
}
