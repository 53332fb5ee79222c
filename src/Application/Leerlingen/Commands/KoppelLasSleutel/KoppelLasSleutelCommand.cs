using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Commands.KoppelLasSleutel;

/// <summary>
/// Records the LAS's own key for a pupil of the caller's vestigingen, or removes it (null). A LAS that matched a pupil
/// once (by reading the pupils) sends its key, and from then on reads return it, so it never compares names again.
/// The input is the key as <see cref="Domain.Leerlingen.Leerling.LeesLasSleutel"/> read it: null removes the key.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Scopes = [Scopes.LeerlingenKoppelen])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record KoppelLasSleutelCommand(Guid LeerlingId, long? VerwachteVersie, Result<string?> Invoer)
    : IInvoerCommand<string?, LeerlingDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
