using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;

/// <summary>
/// An SWV administrator creates an account in their own samenwerkingsverband. The person chooses their own password
/// with a one-time activation code (valid seven days) that the administrator passes on; nobody else ever knows it.
/// </summary>
[Toegang(Rollen = [Domain.Gebruikers.Rol.SwvBeheerder])]
[Audit(AuditActie.Aanmaken, "gebruiker", Doel = "Beheer van accounts met toegang tot gegevens")]
public sealed record RegistreerGebruikerCommand(string? Email, string? Naam, string? Rol, IReadOnlyList<string>? Vestigingen)
    : ICommand<Result<NieuweGebruikerDto>>;
