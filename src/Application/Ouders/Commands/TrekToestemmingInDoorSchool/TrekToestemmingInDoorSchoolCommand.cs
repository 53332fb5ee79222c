using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.TrekToestemmingInDoorSchool;

/// <summary>
/// The pupil's school withdraws a consent on the ouders' word: one it recorded from paper, or one an ouder gave in the
/// portal and withdraws in writing or at the desk. Withdrawing only ever narrows who sees the pupil, and must be as
/// easy as giving (AVG art. 7(3)), so the school need not send the ouder to the portal. It holds at once; the consent
/// stays on record as withdrawn by this staff member, which the ouders see in the portal. Only the pupil's school.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, ToestemmingAudit.Soort, Doel = ToestemmingAudit.Doel)]
public sealed record TrekToestemmingInDoorSchoolCommand(Guid LeerlingId, Guid ToestemmingId) : ICommand<Result<ToestemmingDto>>, IAuditBron
{
    public string? AuditResourceId => ToestemmingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
