using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;

/// <summary>
/// Checks an e-mail address and password on the sign-in page. Every attempt is recorded on the account (failed
/// attempts lead to a temporary block), so all three outcomes are successful runs of this use case and commit.
/// </summary>
[Intern]
public sealed record MeldAanCommand(Result<Inloggegevens> Invoer) : IInvoerCommand<Inloggegevens, AanmeldingDto>;
