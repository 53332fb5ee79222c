using Mediator;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Application.Common.Autorisatie;

namespace PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

/// <summary>Who the API takes the caller to be: lets a LAS check its token and the SPA show who is signed in.</summary>
[Toegang(Aangemeld = true)]
public sealed record GeefIkQuery : IQuery<Result<IkDto>>;
