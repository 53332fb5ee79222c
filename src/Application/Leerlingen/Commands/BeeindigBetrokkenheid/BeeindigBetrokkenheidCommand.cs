using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Commands.BeeindigBetrokkenheid;

/// <summary>SWV staff end an expert's access to a pupil before its end date; the expert no longer sees the pupil from now on.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, BetrokkeneAudit.Soort, Doel = BetrokkeneAudit.Doel)]
public sealed record BeeindigBetrokkenheidCommand(Guid LeerlingId, Guid BetrokkeneId) : ICommand<Result<BetrokkeneDto>>, IAuditBron
{
    public string? AuditResourceId => BetrokkeneId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
