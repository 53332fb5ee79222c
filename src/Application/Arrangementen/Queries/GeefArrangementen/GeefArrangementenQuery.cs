using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;

/// <summary>
/// The arrangementen the caller may see, in pages, with filters. The last page of an unfiltered list carries the
/// token for the change feed (a full sync followed by changes, as for the aanbieders).
/// </summary>
/// <param name="Periode">Filter: arrangementen whose period overlaps [PeriodeVan, PeriodeTot].</param>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert], Scopes = [Scopes.ArrangementenLezen])]
[Audit(AuditActie.Lezen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record GeefArrangementenQuery(
    [property: CodeUit<ArrangementStatus>] string? Status,
    [property: CodeUit<SoortArrangement>] string? Soort,
    string? Vestiging,
    Guid? LeerlingId,
    DateOnly? PeriodeVan,
    DateOnly? PeriodeTot,
    bool? EvaluatieVerlopen,
    string? Cursor,
    [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize) : IQuery<Result<ArrangementenPaginaDto>>, IArrangementSelectie;

/// <param name="VolgendeCursor">Null on the last page.</param>
/// <param name="WijzigingenToken">On the last page of an unfiltered list: follow changes from here with /arrangementen/wijzigingen.</param>
public sealed record ArrangementenPaginaDto(IReadOnlyList<ArrangementDto> Arrangementen, string? VolgendeCursor, string? WijzigingenToken) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Arrangementen;
}
