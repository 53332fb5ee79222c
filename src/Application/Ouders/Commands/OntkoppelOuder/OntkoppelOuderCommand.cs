using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.OntkoppelOuder;

/// <summary>
/// The school ends an ouder's link to a pupil (a change of gezag, a mistake): from now on that ouder no longer sees the
/// child. The account stays, with any other children; the ended link stays on record.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, OuderAudit.Soort, Doel = OuderAudit.Doel)]
public sealed record OntkoppelOuderCommand(Guid LeerlingId, Guid OuderId) : ICommand<Result<bool>>, IAuditBron
{
    public string? AuditResourceId => OuderId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
