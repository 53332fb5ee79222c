using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

/// <summary>
/// The change feed: every arrangement the caller may see that changed since the token, oldest change first, whole,
/// with a new token to continue from. Not for experts: what an expert sees changes when their involvement starts or
/// ends, which a feed of changed arrangementen cannot tell (there are no tombstones); an expert reads the list.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Scopes = [Scopes.ArrangementenLezen])]
[Audit(AuditActie.Lezen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record GeefArrangementWijzigingenQuery(
    [property: Required] string? Token, [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize) : IQuery<Result<ArrangementWijzigingenDto>>;

/// <param name="WijzigingenToken">Use this next time; also to continue straight away when <paramref name="MeerWijzigingen"/> is true.</param>
public sealed record ArrangementWijzigingenDto(IReadOnlyList<ArrangementDto> Arrangementen, string WijzigingenToken, bool MeerWijzigingen) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Arrangementen;
}
