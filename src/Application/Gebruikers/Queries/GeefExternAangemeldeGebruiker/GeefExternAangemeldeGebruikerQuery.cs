using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefExternAangemeldeGebruiker;

/// <summary>
/// The account a person signed in with at the external identity provider, as the sign-in session needs it: only an
/// account that linked this identity with its activation code, that may sign in now, and of a role the installation
/// lets sign in there.
/// </summary>
[Intern]
public sealed record GeefExternAangemeldeGebruikerQuery(ExterneIdentiteit Identiteit, IReadOnlyCollection<Rol> ToegestaneRollen)
    : IQuery<Result<AangemeldeGebruikerDto>>;
