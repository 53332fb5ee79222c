using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefAangemeldeGebruiker;

/// <summary>The signed-in user as the authorization server needs them when it issues a token.</summary>
[Intern]
public sealed record GeefAangemeldeGebruikerQuery(Guid Id) : IQuery<Result<AangemeldeGebruikerDto>>;
