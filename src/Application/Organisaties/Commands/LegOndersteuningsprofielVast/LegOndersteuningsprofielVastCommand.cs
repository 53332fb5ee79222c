using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.LegOndersteuningsprofielVast;

/// <summary>Replaces a school's schoolondersteuningsprofiel: by an SWV administrator, or by staff of that school.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, "school", Doel = OrganisatieAudit.Doel)]
public sealed record LegOndersteuningsprofielVastCommand(long? VerwachteVersie, Result<Profielwijziging> Invoer)
    : IInvoerCommand<Profielwijziging, SchoolDto>, IVersieVoorwaarde;
