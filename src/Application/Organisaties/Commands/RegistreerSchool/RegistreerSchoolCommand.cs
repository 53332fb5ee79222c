using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;

/// <param name="Schoolbestuur">The bevoegd-gezagnummer of a registered schoolbestuur.</param>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Aanmaken, "school", Doel = OrganisatieAudit.Doel)]
public sealed record RegistreerSchoolCommand(
    string? Vestiging,
    string? Naam,
    string? Soort,
    string? Schoolbestuur,
    string? Regio,
    string? LokaalNetwerk,
    IvoVeldenDto? Ondersteuningsprofiel) : ICommand<Result<SchoolDto>>;
