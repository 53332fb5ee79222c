using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchoolbestuur;

/// <summary>Registers a schoolbestuur of the samenwerkingsverband (404 before it is set up, 409 when the number is taken).</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, "schoolbestuur", Doel = OrganisatieAudit.Doel)]
public sealed record RegistreerSchoolbestuurCommand(string? Nummer, string? Naam) : ICommand<Result<SchoolbestuurDto>>;
