using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbieder;

/// <summary>One aanbieder by its RIO code, with its aanbod and contacts.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.RegisterBeheerder], Scopes = [Scopes.AanbiedersLezen])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefAanbiederQuery(string Code) : IQuery<Result<AanbiederDto>>;
