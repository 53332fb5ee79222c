using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Dossiers.Queries.GeefDossierimport;

/// <summary>One received dossier with its report: for SWV staff, the school's staff and the koppeling that delivers for that school.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Scopes = [Scopes.DossiersAanleveren])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, DossierAudit.Soort, Doel = DossierAudit.Doel)]
public sealed record GeefDossierimportQuery(Guid Id) : IQuery<Result<DossierimportDto>>;
