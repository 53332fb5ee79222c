using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvSync;

/// <summary>
/// The receiving school's LAS takes a full copy of the TLV's made known for its vestigingen (<see cref="TlvSync.Ontvangen"/>),
/// in pages by id; the last page carries the token for /toelaatbaarheidsverklaringen/wijzigingen. Machine to machine
/// only: staff read the TLV list. Every pupil on a page is audited.
/// </summary>
[Toegang(Scopes = [Scopes.TlvLezen])]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record GeefTlvSyncQuery(string? Cursor, [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize) : IQuery<Result<TlvSyncPaginaDto>>;

/// <param name="VolgendeCursor">Null on the last page.</param>
/// <param name="WijzigingenToken">On the last page only: follow changes from here with /toelaatbaarheidsverklaringen/wijzigingen.</param>
public sealed record TlvSyncPaginaDto(IReadOnlyList<TlvRegistratieDto> Toelaatbaarheidsverklaringen, string? VolgendeCursor, string? WijzigingenToken) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Toelaatbaarheidsverklaringen;
}
