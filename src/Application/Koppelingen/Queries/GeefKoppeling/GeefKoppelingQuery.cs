using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppeling;

[Toegang(Rollen = [Rol.SwvBeheerder])]
public sealed record GeefKoppelingQuery(string ClientId) : IQuery<Result<KoppelingDto>>;
