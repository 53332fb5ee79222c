using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppeling;

[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefKoppelingQuery(string ClientId) : IQuery<Result<KoppelingDto>>;
