using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangement;

/// <summary>One arrangement with its history; school staff and LAS clients only for their own vestigingen.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert], Scopes = [Scopes.ArrangementenLezen])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record GeefArrangementQuery(Guid ArrangementId) : IQuery<Result<ArrangementDto>>;
