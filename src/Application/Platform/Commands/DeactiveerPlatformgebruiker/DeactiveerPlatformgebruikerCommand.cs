using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.DeactiveerPlatformgebruiker;

/// <summary>
/// Someone of the platform left: they can no longer sign in and their tokens stop at once; the account and what they
/// did stay. A platform-beheerder cannot deactivate themselves, so the platform always keeps one.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Verwijderen, "gebruiker", Doel = PlatformgebruikerOpslag.Doel)]
public sealed record DeactiveerPlatformgebruikerCommand(Guid Id) : ICommand<Result<GebruikerDto>>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
