using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Queries.GeefSamenwerkingsproject;

/// <summary>One project with its plan, evaluations and history, and the version a change sends in If-Match.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefSamenwerkingsprojectQuery(Guid Id) : IQuery<Result<ProjectDto>>;
