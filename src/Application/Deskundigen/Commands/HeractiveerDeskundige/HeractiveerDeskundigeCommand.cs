using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Commands.HeractiveerDeskundige;

/// <summary>A deactivated deskundige advises again (back from leave, deactivated by mistake). An active one stays active.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, DeskundigeAudit.Soort, Doel = DeskundigeAudit.Doel)]
public sealed record HeractiveerDeskundigeCommand(Guid Id) : ICommand<Result<DeskundigeDto>>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
