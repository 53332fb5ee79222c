using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;

/// <summary>Registers a pupil at a vestiging; school staff only at their own vestigingen.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[Audit(AuditActie.Aanmaken, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record RegistreerLeerlingCommand(
    string? Voornaam,
    string? Achternaam,
    DateOnly? Geboortedatum,
    string? Vestiging,
    string? Groep,
    OndersteuningsbehoeftenDto? Ondersteuningsbehoeften) : ICommand<Result<LeerlingDto>>;
