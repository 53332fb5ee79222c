using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefToestemmingen;

/// <summary>
/// A pupil's consents for the school and SWV staff: who outside them may see the pupil on whose consent, what for,
/// until when, and which were withdrawn by whom and when. Audited like every read of pupil data.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, ToestemmingAudit.Soort, Doel = ToestemmingAudit.Doel)]
public sealed record GeefToestemmingenQuery(Guid LeerlingId) : IQuery<Result<ToestemmingenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
