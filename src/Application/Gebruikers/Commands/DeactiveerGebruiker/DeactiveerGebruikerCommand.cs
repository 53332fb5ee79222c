using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.DeactiveerGebruiker;

/// <summary>Someone left: they can no longer sign in and their tokens stop at once. The account and its history stay.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Verwijderen, "gebruiker", Doel = "Beheer van accounts met toegang tot gegevens")]
public sealed record DeactiveerGebruikerCommand(Guid Id) : ICommand<Result<GebruikerDto>>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
