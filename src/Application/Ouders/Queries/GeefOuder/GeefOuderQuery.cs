using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefOuder;

/// <summary>One ouder linked to a pupil now; 404 for an ouder who is not (or no longer) linked.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OuderAudit.Soort, Doel = OuderAudit.Doel)]
public sealed record GeefOuderQuery(Guid LeerlingId, Guid OuderId) : IQuery<Result<OuderDto>>, IAuditBron
{
    public string? AuditResourceId => OuderId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
