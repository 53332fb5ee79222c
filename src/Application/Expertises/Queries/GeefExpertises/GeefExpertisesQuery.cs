using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;

/// <summary>The expertise waardelijst that applies in a leerjaar; without one, the current leerjaar.</summary>
[Toegang(Openbaar = true)]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefExpertisesQuery(string? Leerjaar) : IQuery<Result<ExpertiseLijstDto>>;
