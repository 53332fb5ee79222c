using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.LegOndersteuningsprofielVast;

/// <summary>Replaces a school's schoolondersteuningsprofiel: by an SWV administrator, or by staff of that school.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SchoolMedewerker])]
[Audit(AuditActie.Wijzigen, "school", Doel = OrganisatieAudit.Doel)]
public sealed record LegOndersteuningsprofielVastCommand(string Vestiging, long? VerwachteVersie, IvoVeldenDto? Ondersteuningsprofiel)
    : ICommand<Result<SchoolDto>>;
