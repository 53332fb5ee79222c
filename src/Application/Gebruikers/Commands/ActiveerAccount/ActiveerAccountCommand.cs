using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;

/// <summary>The person chooses their first password with the activation code (the /activeren page).</summary>
[Intern]
public sealed record ActiveerAccountCommand(string? Activatiecode, string? Wachtwoord, string? Herhaling) : ICommand<Result<bool>>;
