using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegOndersteuningsbehoeftenVast;

[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[Audit(AuditActie.Wijzigen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record LegOndersteuningsbehoeftenVastCommand(Guid LeerlingId, long? VerwachteVersie, OndersteuningsbehoeftenDto? Ondersteuningsbehoeften)
    : ICommand<Result<LeerlingDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
