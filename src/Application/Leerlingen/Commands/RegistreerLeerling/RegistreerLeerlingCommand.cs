using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;

/// <summary>Registers a pupil at a vestiging; school staff only at their own vestigingen.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[Audit(AuditActie.Aanmaken, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record RegistreerLeerlingCommand(Result<Leerlingregistratie> Invoer) : IInvoerCommand<Leerlingregistratie, LeerlingDto>;

/// <summary>A pupil as asked for; name, date of birth and groep are the pupil's to check.</summary>
public sealed record Leerlingregistratie(
    VestigingCode Vestiging,
    string? Voornaam,
    string? Achternaam,
    DateOnly? Geboortedatum,
    string? Groep,
    Ondersteuningsbehoeften Ondersteuningsbehoeften,
    string? Postcodegebied = null);
