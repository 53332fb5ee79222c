using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;

/// <summary>
/// An SWV administrator creates an account in their own samenwerkingsverband. The person chooses their own password
/// with a one-time activation code (valid seven days) that the administrator passes on; nobody else ever knows it.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, "gebruiker", Doel = "Beheer van accounts met toegang tot gegevens")]
public sealed record RegistreerGebruikerCommand(Result<NieuweGebruiker> Invoer) : IInvoerCommand<NieuweGebruiker, NieuweGebruikerDto>;
