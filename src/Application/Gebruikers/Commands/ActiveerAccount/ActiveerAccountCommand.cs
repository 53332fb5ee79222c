using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;

/// <summary>The person chooses their first password with the activation code (the /activeren page).</summary>
[Intern]
public sealed record ActiveerAccountCommand(Result<Activering> Invoer) : IInvoerCommand<Activering, bool>;
