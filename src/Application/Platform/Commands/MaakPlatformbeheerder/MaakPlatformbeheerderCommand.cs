using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Commands.MaakPlatformbeheerder;

/// <summary>
/// The installation's first platform-beheerder, made by whoever runs the server (<c>beheer maak-platformbeheerder</c>),
/// never over HTTP. Refused once one exists: from then on nobody can make another this way.
/// </summary>
[Intern]
public sealed record MaakPlatformbeheerderCommand(string? Email, string? Naam) : ICommand<Result<NieuwePlatformbeheerder>>;

/// <summary>The new account's address and its one-time activation code, to use at /activeren.</summary>
public sealed record NieuwePlatformbeheerder(string Email, string Activatiecode, DateTimeOffset ActivatieGeldigTot);
