using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.GeefToestemming;

/// <summary>
/// An ouder gives consent that one person or aanbieder outside the school and the SWV, already involved with their
/// child, may see the child's data for a stated purpose. From the next request on, that recipient sees the child (as
/// far as their involvement reaches); the school's staff get a melding.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, ToestemmingAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record GeefToestemmingCommand(Guid LeerlingId, ToestemmingVerzoek Verzoek) : ICommand<Result<ToestemmingDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
