using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;

/// <summary>
/// The person chooses their first password with the activation code (the /activeren page). Nobody is signed in, so
/// the audit record names the account the code belonged to as the one who acted, in its samenwerkingsverband's log.
/// </summary>
[Intern]
[Audit(AuditActie.Wijzigen, "gebruiker", Doel = "Activering van een account met de eenmalige code")]
public sealed record ActiveerAccountCommand(Result<Activering> Invoer) : IInvoerCommand<Activering, GeactiveerdAccount>;

/// <summary>Whose account was activated: for the audit log only, the page shows nothing of it.</summary>
public sealed record GeactiveerdAccount(Guid Id, string Naam, string? Samenwerkingsverband) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    string? IAuditResultaat.AuditSamenwerkingsverband => Samenwerkingsverband;

    (string Id, string Naam)? IAuditResultaat.AuditActor => (Id.ToString(), Naam);
}
