using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.LegToestemmingVast;

/// <summary>
/// The pupil's school records a consent the ouders signed on paper (an ouder without the portal): the same recipients
/// as an ouder can choose, what for, until when, and who signed. The school keeps the form. From the next request on
/// the recipient sees the pupil as far as their involvement reaches. Only school staff of the pupil's own vestiging
/// (the pupil filter): the school is who the ouders hand the form to.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, ToestemmingAudit.Soort, Doel = ToestemmingAudit.Doel)]
public sealed record LegToestemmingVastCommand(Guid LeerlingId, ToestemmingOpPapierVerzoek Verzoek) : ICommand<Result<ToestemmingDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
