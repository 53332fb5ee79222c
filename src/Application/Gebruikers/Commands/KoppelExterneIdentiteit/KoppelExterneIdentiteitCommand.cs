using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.KoppelExterneIdentiteit;

/// <summary>
/// The person activates their account with the code from their school or beheerder by signing in at the external
/// identity provider (for example DigiD), instead of choosing a password. Only for the roles the installation lets
/// sign in there (<paramref name="ToegestaneRollen"/>, by default the ouder). Nobody is signed in yet, so the audit
/// record names the account as the one who acted, as an activation with a password does.
/// </summary>
[Intern]
[Audit(AuditActie.Wijzigen, "gebruiker", Doel = "Activering van een account met de eenmalige code en een externe inlog")]
public sealed record KoppelExterneIdentiteitCommand(string Activatiecode, ExterneIdentiteit Identiteit, IReadOnlyCollection<Rol> ToegestaneRollen)
    : ICommand<Result<GeactiveerdAccount>>;
