using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefMiddelentoekenning;

/// <summary>One grant with its history and the version a change sends in If-Match.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefMiddelentoekenningQuery(Guid Id) : IQuery<Result<MiddelentoekenningDto>>;
