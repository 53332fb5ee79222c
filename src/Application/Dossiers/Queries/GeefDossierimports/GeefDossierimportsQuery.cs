using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Dossiers.Queries.GeefDossierimports;

/// <summary>Every dossier received for one pupil, newest first: the current one and the history it replaced.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Scopes = [Scopes.DossiersAanleveren])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, DossierAudit.Soort, Doel = DossierAudit.Doel)]
public sealed record GeefDossierimportsQuery(Guid LeerlingId) : IQuery<Result<DossierimportsDto>>, IAuditBron
{
    public string? AuditResourceId => null;

    public Guid? AuditLeerlingId => LeerlingId;
}
