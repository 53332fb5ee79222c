using Mediator;

namespace PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

/// <summary>Who the API takes the caller to be: lets a LAS check its token and the SPA show who is signed in.</summary>
public sealed record GeefIkQuery : IQuery<IkDto>;
