using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Commands.WijzigDeskundige;

/// <summary>Replaces what the register says about a deskundige (not whether they are active), based on the version the caller saw.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, DeskundigeAudit.Soort, Doel = DeskundigeAudit.Doel)]
public sealed record WijzigDeskundigeCommand(Guid Id, long? VerwachteVersie, Result<Deskundigeinvoer> Invoer)
    : IInvoerCommand<Deskundigeinvoer, DeskundigeDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
