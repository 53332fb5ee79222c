using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Commands.DeactiveerDeskundige;

/// <summary>
/// A deskundige no longer advises (left, retired): they get no new advice requests. Never deleted, because the advices
/// they gave refer to them. Deactivating a deactivated deskundige changes nothing.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, DeskundigeAudit.Soort, Doel = DeskundigeAudit.Doel)]
public sealed record DeactiveerDeskundigeCommand(Guid Id) : ICommand<Result<DeskundigeDto>>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
