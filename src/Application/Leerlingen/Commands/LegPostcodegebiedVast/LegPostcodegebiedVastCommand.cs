using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegPostcodegebiedVast;

/// <summary>
/// Records the four digits of a pupil's postcode, or removes them (null), so the matching can compare them with an
/// aanbieder's werkgebied. The input is the area as <see cref="Domain.Leerlingen.Leerling.LeesPostcodegebied"/> read it.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record LegPostcodegebiedVastCommand(Guid LeerlingId, long? VerwachteVersie, Result<string?> Invoer)
    : IInvoerCommand<string?, LeerlingDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
