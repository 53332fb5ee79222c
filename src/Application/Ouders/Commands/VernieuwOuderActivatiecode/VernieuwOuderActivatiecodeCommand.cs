using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.VernieuwOuderActivatiecode;

/// <summary>
/// The school gives an ouder whose account still waits for activation a new code (the first was lost or expired); the
/// earlier code stops working. Never for an account in use: a code sets a new password, and the school must not be
/// able to sign in as the ouder (and, say, give instemming in their name). 409 then.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, OuderAudit.Soort, Doel = OuderAudit.Doel)]
public sealed record VernieuwOuderActivatiecodeCommand(Guid LeerlingId, Guid OuderId) : ICommand<Result<OuderuitnodigingDto>>, IAuditBron
{
    public string? AuditResourceId => OuderId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
