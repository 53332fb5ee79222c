using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppSync;

/// <summary>
/// The school's LAS takes a full copy of the ROD fields of its vestigingen's OPP's that were ever vastgesteld
/// (<see cref="OppSync.Vastgesteld"/>), in pages by id; the last page carries the token for
/// /ontwikkelingsperspectiefplannen/wijzigingen. Machine to machine only: staff read the plans. Every pupil on a page
/// is audited.
/// </summary>
[Toegang(Scopes = [Scopes.OppLezen])]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record GeefOppSyncQuery(string? Cursor, [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize) : IQuery<Result<OppSyncPaginaDto>>;

/// <param name="VolgendeCursor">Null on the last page.</param>
/// <param name="WijzigingenToken">On the last page only: follow changes from here with /ontwikkelingsperspectiefplannen/wijzigingen.</param>
public sealed record OppSyncPaginaDto(IReadOnlyList<OppRegistratieDto> Ontwikkelingsperspectiefplannen, string? VolgendeCursor, string? WijzigingenToken) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Ontwikkelingsperspectiefplannen;
}
