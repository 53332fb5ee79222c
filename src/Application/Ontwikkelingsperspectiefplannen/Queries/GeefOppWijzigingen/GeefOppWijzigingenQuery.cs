using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWijzigingen;

/// <summary>
/// The change feed of the school's copy: every OPP of the copy that changed since the token, oldest change first,
/// whole, with a new token to continue from. A first vaststelling brings a plan into the copy; a confirmed ROD
/// registration, a new version or the afsluiting comes through as a change. Every pupil in an answer is audited.
/// </summary>
[Toegang(Scopes = [Scopes.OppLezen])]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record GeefOppWijzigingenQuery(
    [property: Required] string? Token, [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize) : IQuery<Result<OppWijzigingenDto>>;

/// <param name="WijzigingenToken">Use this next time; also to continue straight away when <paramref name="MeerWijzigingen"/> is true.</param>
public sealed record OppWijzigingenDto(IReadOnlyList<OppRegistratieDto> Ontwikkelingsperspectiefplannen, string WijzigingenToken, bool MeerWijzigingen) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Ontwikkelingsperspectiefplannen;
}
