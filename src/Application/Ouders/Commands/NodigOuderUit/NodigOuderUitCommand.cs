using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.NodigOuderUit;

/// <summary>
/// The pupil's school links an ouder or verzorger to the pupil: a new ouder gets an account and a one-time activation
/// code (valid seven days, shown once), through the same mechanism as staff accounts; an ouder who already has an
/// account in the samenwerkingsverband (for a brother or sister) is linked to it. Only school staff of the pupil's own
/// vestiging: the school knows who its pupils' parents are.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, OuderAudit.Soort, Doel = OuderAudit.Doel)]
public sealed record NodigOuderUitCommand(Guid LeerlingId, OuderVerzoek Verzoek) : ICommand<Result<OuderuitnodigingDto>>, IAuditBron
{
    public string? AuditResourceId => null;

    public Guid? AuditLeerlingId => LeerlingId;
}
