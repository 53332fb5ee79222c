using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegOndersteuningsbehoeftenVast;

/// <summary>
/// Replaces a pupil's ondersteuningsbehoeften. The body is the shared <see cref="OndersteuningsbehoeftenDto"/>, read
/// by its <see cref="OndersteuningsbehoeftenDto.Lees"/>, the same reader as at registration.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record LegOndersteuningsbehoeftenVastCommand(Guid LeerlingId, long? VerwachteVersie, Result<Ondersteuningsbehoeften> Invoer)
    : IInvoerCommand<Ondersteuningsbehoeften, LeerlingDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
