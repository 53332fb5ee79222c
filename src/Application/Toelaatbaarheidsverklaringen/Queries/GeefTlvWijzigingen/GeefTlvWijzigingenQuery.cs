using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWijzigingen;

/// <summary>
/// The change feed of the receiving school's copy: every TLV of the copy that changed since the token, oldest change
/// first, whole, with a new token to continue from. A TLV that is made known enters the copy through this feed; a
/// bezwaar, a herroeping or a confirmed enrolment comes through it as a change. Every pupil in an answer is audited.
/// </summary>
[Toegang(Scopes = [Scopes.TlvLezen])]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record GeefTlvWijzigingenQuery(
    [property: Required] string? Token, [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize) : IQuery<Result<TlvWijzigingenDto>>;

/// <param name="WijzigingenToken">Use this next time; also to continue straight away when <paramref name="MeerWijzigingen"/> is true.</param>
public sealed record TlvWijzigingenDto(IReadOnlyList<TlvRegistratieDto> Toelaatbaarheidsverklaringen, string WijzigingenToken, bool MeerWijzigingen) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Toelaatbaarheidsverklaringen;
}
