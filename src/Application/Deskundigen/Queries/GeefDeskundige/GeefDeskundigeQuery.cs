using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundige;

/// <summary>One deskundige of the register, with the version a change sends in If-Match.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefDeskundigeQuery(Guid Id) : IQuery<Result<DeskundigeDto>>;
