using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchoolbestuur;

[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Aanmaken, "schoolbestuur", Doel = OrganisatieAudit.Doel)]
public sealed record RegistreerSchoolbestuurCommand(string? Nummer, string? Naam) : ICommand<Result<SchoolbestuurDto>>;
